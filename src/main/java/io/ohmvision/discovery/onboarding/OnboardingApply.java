package io.ohmvision.discovery.onboarding;

import io.ohmvision.discovery.detect.AutoDetectReport;
import io.ohmvision.discovery.detect.AutoDetectRequest;
import io.ohmvision.discovery.detect.AutoDetection;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.recorders.control.RecorderRegistry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores an onboarding's chosen devices in one transaction: the cameras' and recorders' registries join it, so a
 * refusal of any device (a ProblemException rolls back) stores none. Each device goes through auto-detect's own
 * storing ({@link AutoDetection#store}), exactly as one detected device is stored. Whether a device is already
 * registered is decided again here, inside the transaction, not taken from the review: a device registered since
 * (by another onboarding, say) is updated, never duplicated.
 */
@Stateless
public class OnboardingApply {

    @Inject
    AutoDetection detection;

    @Inject
    Registrations registrations;

    @Inject
    RecorderRegistry recorders;

    /**
     * @return per address, what was stored ("created camera 12")
     * @throws ProblemException 403 when credentials would be stored by a non-admin, 409/400 for a device the
     *                          registries refuse, 502 when a device had nothing to store; nothing is stored then
     */
    public Map<String, String> apply(List<OnboardingJob.Chosen> chosen, boolean mayManageCredentials) {
        Map<String, String> stored = new LinkedHashMap<>();
        for (OnboardingJob.Chosen device : chosen) {
            stored.put(device.device().address(), store(device, mayManageCredentials));
        }
        return stored;
    }

    private String store(OnboardingJob.Chosen chosen, boolean mayManageCredentials) {
        DeviceFound device = chosen.device();
        AutoDetectReport report = chosen.result().report();
        CredentialToTry credential = chosen.credential();
        Optional<RegisteredDevices.Match> match = DeviceProposals.registered(device, report,
                registrations.near(device, report));
        if (match.isPresent() && match.get().device().kind() == RegisteredDevice.Kind.RECORDER) {
            return updateRecorder(match.get().device().id(), credential);
        }
        AutoDetectRequest request = new AutoDetectRequest(device.address(), device.onvifPort(),
                credential.username(), credential.password(), null, match.isEmpty(),
                match.map(m -> m.device().id()).orElse(null), null);
        AutoDetectReport saved = detection.store(request, report, device.mac(), mayManageCredentials);
        if (saved.cameraId() == null && saved.recorderId() == null) {
            throw new ProblemException(Status.BAD_GATEWAY, device.address() + ": " + saved.saving()
                    + "; nothing was applied");
        }
        return saved.saving();
    }

    /** A recorder keeps no detected settings besides its credentials: those are renewed when one worked. */
    private String updateRecorder(long id, CredentialToTry credential) {
        if (credential.isNone()) {
            return "recorder " + id + " is registered already: unchanged";
        }
        recorders.changeCredentials(id, credential.username(), credential.password());
        return "updated the credentials of recorder " + id;
    }
}
