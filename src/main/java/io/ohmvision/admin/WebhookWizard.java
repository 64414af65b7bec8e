package io.ohmvision.admin;

import io.ohmvision.discovery.detect.AutoDetectRequest;
import io.ohmvision.discovery.detect.WebhookCameraDetection;
import io.ohmvision.discovery.detect.WebhookDetectReport;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The wizard's "Webhook camera" path: creates the camera and tells where it must push; for an admin also its secret,
 * which lives only in the request that created it (shown once).
 */
@Named
@ViewScoped
public class WebhookWizard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FRESH_SECRET = WebhookWizard.class.getName() + ".secret";

    @Inject
    WebhookCameraDetection detection;

    @Inject
    ConsoleUser user;

    private String name;
    private String ip;
    private Long cameraId;
    private String receiverUrl;

    public void create() {
        WebhookDetectReport report = Feedback.attempt("Webhook camera not added", () -> {
            user.requireEditor();
            return detection.detect(new AutoDetectRequest(FormValues.blankToNull(ip), null, null, null, null, true,
                    null, FormValues.blankToNull(name)), CameraConnectionPanel.receivers(), user.isAdmin());
        });
        if (report != null) {
            cameraId = report.cameraId();
            receiverUrl = report.receiverUrl();
            FacesContext.getCurrentInstance().getAttributes().put(FRESH_SECRET, report.secret());
            Feedback.info("Webhook camera added", report.saving());
        }
    }

    /** The secret just generated, in this request only; null otherwise. */
    public String getFreshSecret() {
        return (String) FacesContext.getCurrentInstance().getAttributes().get(FRESH_SECRET);
    }

    public Long getCameraId() {
        return cameraId;
    }

    public String getReceiverUrl() {
        return receiverUrl;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }
}
