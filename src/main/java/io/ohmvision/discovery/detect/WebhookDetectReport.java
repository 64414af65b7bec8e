package io.ohmvision.discovery.detect;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Auto-detect's answer for a webhook camera: nothing to probe, the camera calls OhmVision; the answer is where it
 * must push and how it proves itself.
 *
 * @param receiverUrl where the camera pushes; with {cameraId} in it until the camera is created
 * @param cameraId    the camera created; null when none was
 * @param secret      the new secret, shown this once to an admin who created the camera; null otherwise
 * @param saving      what was stored; null when nothing was asked for
 */
@Schema(name = "WebhookDetectReport")
public record WebhookDetectReport(String connectionType, String receiverUrl, String signatureHeader,
                                  String tokenHeader, String howTo, Long cameraId, String secret, String saving) {

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "WebhookDetectReport[receiverUrl=" + receiverUrl + ", cameraId=" + cameraId + ", secret="
                + (secret == null ? "null" : "***") + "]";
    }
}
