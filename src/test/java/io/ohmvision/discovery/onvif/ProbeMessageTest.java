package io.ohmvision.discovery.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.onvif.SafeXml;
import io.ohmvision.channels.onvif.SoapElement;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProbeMessageTest {

    @Test
    void carriesTheWsDiscovery200504Headers() throws Exception {
        ProbeMessage probe = ProbeMessage.fresh(ProbeType.NETWORK_VIDEO_TRANSMITTER);

        SoapElement envelope = SafeXml.parse(probe.toBytes());

        assertThat(probe.messageId()).matches("urn:uuid:[0-9a-f-]{36}");
        assertThat(envelope.text("Header", "MessageID")).isEqualTo(probe.messageId());
        assertThat(envelope.text("Header", "Action")).isEqualTo("http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe");
        assertThat(envelope.text("Header", "To")).isEqualTo("urn:schemas-xmlsoap-org:ws:2005:04:discovery");
        assertThat(envelope.text("Header", "ReplyTo", "Address"))
                .isEqualTo("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous");
        assertThat(envelope.text("Body", "Probe", "Types")).isEqualTo("dn:NetworkVideoTransmitter");
    }

    @Test
    void sendsEmptyTypesForAny() {
        String text = new String(ProbeMessage.fresh(ProbeType.ANY).toBytes(), StandardCharsets.UTF_8);

        assertThat(text).contains("<d:Probe><d:Types/></d:Probe>");
    }

    @Test
    void declaresThePrefixOfTheDeviceType() {
        String text = new String(ProbeMessage.fresh(ProbeType.DEVICE).toBytes(), StandardCharsets.UTF_8);

        assertThat(text).contains("xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\"")
                .contains("<d:Types>tds:Device</d:Types>");
    }
}
