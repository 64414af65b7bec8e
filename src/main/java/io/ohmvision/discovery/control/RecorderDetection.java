package io.ohmvision.discovery.control;

import io.ohmvision.platform.ProblemException;
import io.ohmvision.recorders.control.RecorderRegistry;
import io.ohmvision.recorders.control.RecorderSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

/**
 * Stores a recorder that auto-detection recognised: through {@link RecorderRegistry}, by the ONVIF profiles or the
 * maker's numbering that found its channels, so that each channel becomes a camera linked to the recorder.
 */
@ApplicationScoped
public class RecorderDetection {

    @Inject
    RecorderRegistry registry;

    /** @param request the detection's request: its name, address and credentials become the recorder's */
    public AutoDetectReport add(AutoDetectRequest request, AutoDetectReport report, boolean mayManageCredentials) {
        AutoDetectReport.Recorder found = report.recorder();
        String name = request.name() != null && !request.name().isBlank() ? request.name()
                : (report.onvif().model() != null ? report.onvif().model() : "Recorder") + " " + request.ip();
        RecorderSettings recorder = found.onvifUrl() != null
                ? new RecorderSettings(name, null, found.onvifUrl(), request.ip(), null, request.username(),
                        request.password(), null)
                : new RecorderSettings(name, found.manufacturer(), null, request.ip(), found.port(),
                        request.username(), request.password(), found.channels().stream()
                        .mapToInt(AutoDetectReport.RecorderChannel::channel).max().orElse(1));
        try {
            RecorderRegistry.Added added = registry.add(recorder, mayManageCredentials);
            return report.savedRecorder(added.recorder().getId(), "created recorder " + added.recorder().getId()
                    + " with " + added.cameras().size() + " channel camera(s)");
        } catch (ProblemException refused) {
            // "no channel answered" is an answer, not an error
            if (refused.status() == Status.BAD_GATEWAY) {
                return report.saved(null, "nothing stored: " + refused.getMessage());
            }
            throw refused;
        }
    }
}
