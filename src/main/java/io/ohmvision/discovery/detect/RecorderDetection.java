package io.ohmvision.discovery.detect;

import io.ohmvision.cameras.control.RecorderChannels;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.recorders.control.RecorderRegistry;
import io.ohmvision.recorders.control.RecorderSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

/**
 * Stores a recorder that auto-detection recognised: through {@link RecorderRegistry}, from the channels the detection
 * found (by the recorder's ONVIF profiles or the maker's numbering) rather than looking for them again, so that each
 * channel becomes a camera linked to the recorder.
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
        RecorderSettings recorder = new RecorderSettings(name, found.manufacturer(), found.onvifUrl(), request.ip(),
                found.port(), request.username(), request.password(), null);
        // the maker's numbering probed each channel it found; ONVIF profiles only named theirs
        RecorderRegistry.Findings findings = new RecorderRegistry.Findings(found.port(), found.channels().stream()
                .map(c -> new RecorderChannels.Channel(c.channel(), c.main(), c.sub())).toList(),
                found.manufacturer() != null);
        try {
            RecorderRegistry.Added added = registry.addFound(recorder, findings, mayManageCredentials);
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
