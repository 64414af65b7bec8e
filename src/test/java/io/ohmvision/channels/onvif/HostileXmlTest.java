package io.ohmvision.channels.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.testing.HostileInput;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * XML a hostile device may send (ONVIF replies, WS-Discovery answers and webhook pushes all go through SafeXml): every
 * case ends in a clear refusal or a bounded tree, within a generous guard time, never in an exhausted stack or heap.
 */
class HostileXmlTest {


    @Test
    void refusesDeepNesting() {
        assertRefused(nested(100_000), "reply nested deeper than 64 elements (refused)");
    }

    @Test
    void acceptsNestingAsDeepAsTheLimit() throws PeerProtocolException {
        SoapElement root = assertTimeoutPreemptively(HostileInput.BOUND, () -> SafeXml.parse(bytes(nested(SafeXml.MAX_DEPTH))));

        assertThat(root.descendant("missing")).isEmpty();
    }

    @Test
    void refusesAMegabyteOfEmptyElements() {
        assertRefused("<r>" + "<a/>".repeat(HostileInput.MIB / 4) + "</r>", "reply has more than 50000 elements (refused)");
    }

    @Test
    void refusesThousandsOfAttributesOnOneElement() {
        assertRefused("<r " + IntStream.range(0, 5000).mapToObj(i -> "a" + i + "=\"\"").collect(Collectors.joining(" "))
                + "/>", "reply has an element with more than 256 attributes (refused)");
    }

    @Test
    void refusesTheBillionLaughs() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + IntStream.rangeClosed(1, 9).mapToObj(i -> "<!ENTITY lol" + i + " \"" + ("&lol" + (i == 1 ? "" : i - 1)
                + ";").repeat(10) + "\">").collect(Collectors.joining()) + "]><lolz>&lol9;</lolz>";

        assertRefused(laughs, "reply carries a DOCTYPE (refused)");
    }

    @Test
    void refusesAnUnterminatedMegabyte() {
        assertRefused("<r a=\"" + "x".repeat(HostileInput.MIB), "reply is not well-formed XML");
        assertRefused("<r><!-- " + "-".repeat(HostileInput.MIB), "reply is not well-formed XML");
        assertRefused("<" + "r".repeat(HostileInput.MIB), "reply is not well-formed XML");
    }

    @Test
    void readsAMegabyteOfTextInOneElement() throws PeerProtocolException {
        SoapElement root = assertTimeoutPreemptively(HostileInput.BOUND, () -> SafeXml.parse(bytes("<r><Model>"
                + "&amp;&#x41;".repeat(HostileInput.MIB / 12) + "</Model></r>")));

        assertThat(root.text("Model")).hasSize(2 * (HostileInput.MIB / 12));
    }

    @Test
    void readsThousandsOfNamespaceDeclarationsUsedEverywhereInBoundedTime() throws PeerProtocolException {
        String declarations = IntStream.range(0, 5_000).mapToObj(i -> "xmlns:p" + i + "=\"urn:" + i + "\"")
                .collect(Collectors.joining(" "));

        SoapElement root = assertTimeoutPreemptively(HostileInput.BOUND, () -> SafeXml.parse(bytes("<r " + declarations + ">"
                + "<p4999:a/>".repeat(40_000) + "</r>")));

        assertThat(root.children("a")).hasSize(40_000);
    }

    private static void assertRefused(String xml, String reason) {
        assertTimeoutPreemptively(HostileInput.BOUND, () -> assertThatThrownBy(() -> SafeXml.parse(bytes(xml)))
                .isInstanceOf(PeerProtocolException.class).hasMessage(reason));
    }

    private static String nested(int depth) {
        return "<e>".repeat(depth) + "</e>".repeat(depth);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
