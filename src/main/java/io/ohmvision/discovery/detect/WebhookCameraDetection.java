package io.ohmvision.discovery.detect;

import io.ohmvision.cameras.control.CameraRegistry;
import io.ohmvision.cameras.control.CameraSettings;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.webhook.WebhookSignature;
import io.ohmvision.webhooks.control.WebhookInbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Auto-detect of a webhook camera: tells where the camera must push and, with create, creates the camera and (for an
 * admin, who alone handles credentials) its secret, returned this once.
 */
@ApplicationScoped
public class WebhookCameraDetection {

    static final String HOW_TO = "Configure the camera's HTTP notification (Hikvision: Event > Alarm Server; ONVIF: "
            + "a notification consumer; others: a JSON webhook) to POST to receiverUrl, signing the body with "
            + "HMAC-SHA256 under the camera's secret in " + WebhookSignature.SIGNATURE_HEADER + ", or sending the "
            + "secret itself in " + WebhookSignature.TOKEN_HEADER + " when the camera cannot sign";

    @Inject
    CameraRegistry registry;

    @Inject
    WebhookInbox inbox;

    /**
     * @param receivers the absolute URL of the receivers: the camera pushes to receivers/{cameraId}
     * @param isAdmin   whether the caller may create the camera's secret
     */
    public WebhookDetectReport detect(AutoDetectRequest request, String receivers, boolean isAdmin) {
        if (!request.create()) {
            return new WebhookDetectReport(ConnectionType.WEBHOOK.wireName(), receivers + "/{cameraId}",
                    WebhookSignature.SIGNATURE_HEADER, WebhookSignature.TOKEN_HEADER, HOW_TO, null, null, null);
        }
        CameraSettings camera = new CameraSettings();
        camera.name = request.name() != null && !request.name().isBlank() ? request.name()
                : "Webhook camera" + (request.ip() == null ? "" : " " + request.ip());
        camera.connectionType = ConnectionType.WEBHOOK.wireName();
        camera.ipAddress = request.ip();
        camera.manufacturer = request.manufacturer();
        long saved = registry.create(camera, isAdmin);
        String secret = isAdmin ? inbox.newSecret(saved) : null;
        return new WebhookDetectReport(ConnectionType.WEBHOOK.wireName(), receivers + "/" + saved,
                WebhookSignature.SIGNATURE_HEADER, WebhookSignature.TOKEN_HEADER, HOW_TO, saved, secret,
                "created camera " + saved + (secret != null ? "; its secret is shown this once"
                        : "; an admin creates its secret with POST /api/cameras/" + saved
                        + "/webhook-secret"));
    }
}
