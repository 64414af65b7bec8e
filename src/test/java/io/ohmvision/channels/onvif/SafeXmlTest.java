package io.ohmvision.channels.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.PeerProtocolException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafeXmlTest {

    @Test
    void refusesAnExternalEntity() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<r><Model>&x;</Model></r>";

        assertThatThrownBy(() -> SafeXml.parse(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PeerProtocolException.class)
                .hasMessage("reply carries a DOCTYPE (refused)");
    }

    @Test
    void refusesAnInternalEntityExpansion() {
        String laughs = "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<r>&b;</r>";

        assertThatThrownBy(() -> SafeXml.parse(laughs.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PeerProtocolException.class);
    }

    @Test
    void refusesAnExternalDtdWithoutFetchingIt() {
        String external = "<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/evil.dtd\"><r/>";

        assertThatThrownBy(() -> SafeXml.parse(external.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PeerProtocolException.class);
    }

    @Test
    void keepsTextAroundInvalidUtf8() throws PeerProtocolException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("<r><Model>IPC-".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3); // a lone lead byte, as some firmware sends after truncating a name
        bytes.write(0x28);
        bytes.writeBytes("X\u0001</Model></r>".getBytes(StandardCharsets.UTF_8));

        SoapElement root = SafeXml.parse(bytes.toByteArray());

        assertThat(root.text("Model")).isEqualTo("IPC-\uFFFD(X");
    }

    @Test
    void honoursADeclaredLatin1Encoding() throws PeerProtocolException {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r><Name>Caméra</Name></r>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(SafeXml.parse(latin1).text("Name")).isEqualTo("Caméra");
    }

    @Test
    void refusesWhatIsNotXml() {
        assertThatThrownBy(() -> SafeXml.parse("<html><body>401".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PeerProtocolException.class).hasMessage("reply is not well-formed XML");
    }
}
