package io.ohmvision.admin;

import io.ohmvision.cloud.control.NestCamera;
import io.ohmvision.discovery.detect.NestCameraDetection;
import io.ohmvision.discovery.detect.NestDetectReport;
import io.ohmvision.discovery.detect.NestDetectRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The wizard's "Nest camera" path, for admins (the project's secrets are credentials): lists the Device Access
 * project's cameras with their protocols, and registers the one chosen. The secrets are write-only (their getters
 * answer null) and forgotten once a camera is added.
 */
@Named
@ViewScoped
public class NestWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NestCameraDetection detection;

    @Inject
    ConsoleUser user;

    private String projectId;
    private String clientId;
    private String clientSecret;
    private String refreshToken;
    private transient List<NestCamera> cameras;
    private Long addedCameraId;

    public void list() {
        NestDetectReport report = Feedback.attempt("Nest cameras not listed", () -> {
            user.requireEditor();
            return detection.detect(request(null), user.isAdmin());
        });
        cameras = report == null ? List.of() : report.candidates();
        addedCameraId = null;
    }

    public void add(String deviceId) {
        NestDetectReport report = Feedback.attempt("Nest camera not added", () -> {
            user.requireEditor();
            return detection.detect(request(deviceId), user.isAdmin());
        });
        if (report != null) {
            addedCameraId = report.cameraId();
            clientSecret = null;
            refreshToken = null;
            Feedback.info("Nest camera added", report.saving());
        }
    }

    private NestDetectRequest request(String deviceId) {
        return new NestDetectRequest(projectId, clientId, clientSecret, refreshToken, deviceId, null,
                deviceId != null);
    }

    public List<NestCamera> getCameras() {
        return cameras == null ? List.of() : cameras;
    }

    public Long getAddedCameraId() {
        return addedCameraId;
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    /** Write-only: never rendered. */
    public String getClientSecret() {
        return null;
    }

    public void setClientSecret(String clientSecret) {
        if (clientSecret != null && !clientSecret.isEmpty()) {
            this.clientSecret = clientSecret;
        }
    }

    /** Write-only: never rendered. */
    public String getRefreshToken() {
        return null;
    }

    public void setRefreshToken(String refreshToken) {
        if (refreshToken != null && !refreshToken.isEmpty()) {
            this.refreshToken = refreshToken;
        }
    }
}
