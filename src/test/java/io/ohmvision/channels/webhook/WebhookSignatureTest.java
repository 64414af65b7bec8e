package io.ohmvision.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
}
