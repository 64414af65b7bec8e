package io.ohmvision.webhooks.boundary;

/**
 * A new webhook secret, shown this once: configure it in the camera, which then signs its pushes with it or sends
 * it as a token.
 */
public record WebhookSecretView(long cameraId, String secret, String receiverPath, String signatureHeader,
        String tokenHeader) {
}
