package io.ohmvision.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "k3y-of-the-gate-camera";
    private static final byte[] BODY = "{\"eventType\":\"VMD\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signatureIsTheHmacSha256OfTheBody() {
        // reference value: printf '%s' '{"eventType":"VMD"}' | openssl dgst -sha256 -hmac 'k3y-of-the-gate-camera'
        assertThat(WebhookSignature.sign(SECRET, BODY))
                .isEqualTo("sha256=35e31f6c624a8accef36e5d51a82ff516b996139eeeca3a64c4466eb295e8c47");
        assertThat(WebhookSignature.authentic(SECRET, BODY, WebhookSignature.sign(SECRET, BODY), null)).isTrue();
        assertThat(WebhookSignature.authentic(SECRET, BODY,
                WebhookSignature.sign(SECRET, BODY).substring(7).toUpperCase(), null)).isTrue();
    }

    @Test
    void aChangedBodyOrAnotherSecretFails() {
        String signature = WebhookSignature.sign(SECRET, BODY);
        assertThat(WebhookSignature.authentic(SECRET, "{\"eventType\":\"IO\"}".getBytes(StandardCharsets.UTF_8),
                signature, null)).isFalse();
        assertThat(WebhookSignature.authentic("other", BODY, signature, null)).isFalse();
        assertThat(WebhookSignature.authentic(SECRET, BODY, "sha256=not-hex", null)).isFalse();
    }

    @Test
    void aWrongSignatureIsNotRescuedByARightToken() {
        assertThat(WebhookSignature.authentic(SECRET, BODY, "sha256=00", SECRET)).isFalse();
    }

    @Test
    void tokenMustEqualTheSecret() {
        assertThat(WebhookSignature.authentic(SECRET, BODY, null, SECRET)).isTrue();
        assertThat(WebhookSignature.authentic(SECRET, BODY, "", SECRET)).isTrue();
        assertThat(WebhookSignature.authentic(SECRET, BODY, null, SECRET + "x")).isFalse();
        assertThat(WebhookSignature.authentic(SECRET, BODY, null, null)).isFalse();
    }

    @Test
    void aTimestampedSignatureCoversTheTimestampAndHoldsOnlyWithinTheReplayWindow() {
        long sent = 1_795_650_000L;
        Instant sentAt = Instant.ofEpochSecond(sent);
        // reference: printf '%s' '1795650000.{"eventType":"VMD"}' | openssl dgst -sha256 -hmac 'k3y-of-the-gate-camera'
        String signature = WebhookSignature.sign(SECRET, sent, BODY);
        assertThat(signature).isEqualTo("sha256=60f37e98491c7f79aaf26841b5a7368d1e75ebc5ebdf51a8716c1300b170b6af");
        String timestamp = Long.toString(sent);
        assertThat(WebhookSignature.authentic(SECRET, BODY, signature, null, timestamp, sentAt.plusSeconds(300)))
                .isTrue();
        assertThat(WebhookSignature.authentic(SECRET, BODY, signature, null, timestamp, sentAt.minusSeconds(300)))
                .as("a camera clock a little ahead").isTrue();
        assertThat(WebhookSignature.authentic(SECRET, BODY, signature, null, timestamp, sentAt.plusSeconds(301)))
                .as("replayed later").isFalse();
        assertThat(WebhookSignature.authentic(SECRET, BODY, signature, null, Long.toString(sent + 60),
                sentAt.plusSeconds(60))).as("timestamp moved forward").isFalse();
        assertThat(WebhookSignature.authentic(SECRET, BODY, WebhookSignature.sign(SECRET, BODY), null, timestamp,
                sentAt)).as("a body-only signature does not cover the timestamp").isFalse();
        assertThat(WebhookSignature.authentic(SECRET, BODY, signature, null, "yesterday", sentAt)).isFalse();
    }
}
