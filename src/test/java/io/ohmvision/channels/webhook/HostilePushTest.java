package io.ohmvision.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.testing.HostileInput;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pushes a hostile camera (or anyone holding its secret) may send: each is a clear refusal, never a stack overflow or
 * a runtime error that would answer 500. The receiver caps the body at the API's limit (64 KiB by default); these go
 * well past it. Time bounds are generous guards.
 */
class HostilePushTest {


    @ParameterizedTest
    @ValueSource(ints = {33, 5_000, 200_000})
    void refusesDeeplyNestedJson(int depth) {
        String json = "{\"eventType\":" + "[".repeat(depth) + "]".repeat(depth) + "}";

        assertRefused(json, "body is not a well-formed JSON object");
    }

    @Test
    void readsJsonNestedAsDeepAsTheLimitAndBracketsInsideStrings() throws PeerProtocolException {
        String json = "{\"eventType\":\"[[[[{{\\\"\",\"deep\":" + "[".repeat(31) + "]".repeat(31) + "}";

        assertThat(WebhookPayloads.read(utf8(json))).singleElement()
                .satisfies(event -> assertThat(event.eventType()).isEqualTo("[[[[{{\""));
    }

    @Test
    void refusesDeeplyNestedXmlInsteadOfOverflowingTheStack() {
        String xml = "<e>".repeat(200_000) + "</e>".repeat(200_000);

        assertRefused(xml, "reply nested deeper than 64 elements (refused)");
    }

    @Test
    void refusesAnOnvifNotifyWithThousandsOfMessages() {
        String xml = "<Notify>" + "<NotificationMessage/>".repeat(40_000) + "</Notify>";

        assertRefused(xml, "wsnt:Notify carries more than 100 messages");
    }

    @Test
    void refusesAMegabyteOfOpenBrackets() {
        assertRefused("{" + "\"a\":[".repeat(200_000), "body is not a well-formed JSON object");
    }

    private static void assertRefused(String body, String reason) {
        assertTimeoutPreemptively(HostileInput.BOUND, () -> assertThatThrownBy(() -> WebhookPayloads.read(utf8(body)))
                .isInstanceOf(PeerProtocolException.class).hasMessage(reason));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
