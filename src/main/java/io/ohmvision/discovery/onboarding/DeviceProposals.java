package io.ohmvision.discovery.onboarding;

import io.ohmvision.cameras.control.CameraSettings;
import io.ohmvision.discovery.detect.AutoDetectReport;
import io.ohmvision.discovery.detect.AutoDetectRequest;
import io.ohmvision.discovery.detect.DetectedCamera;
import java.util.List;
import java.util.Optional;

/**
 * What a detected device would become: a new camera or recorder, or an update of the one it is recognised as. The
 * camera's name and URLs come from {@link DetectedCamera}, the one mapping from a detection to a camera, so the
 * review shows what applying stores. Plain Java.
 */
public final class DeviceProposals {

    private DeviceProposals() {
    }

    /** Camera or recorder: what the detection says the device is. */
    public static RegisteredDevice.Kind kindOf(AutoDetectReport report) {
        return report.recorder() != null ? RegisteredDevice.Kind.RECORDER : RegisteredDevice.Kind.CAMERA;
    }

    /** The stored device the detected one is, when there is one. */
    public static Optional<RegisteredDevices.Match> registered(DeviceFound device, AutoDetectReport report,
            RegisteredDevices stored) {
        String serial = report.onvif() == null ? null : report.onvif().serialNumber();
        return stored.match(kindOf(report), device.mac(), serial, device.address());
    }

    /** @param result null when the detection failed */
    public static Proposal propose(DeviceFound device, CredentialTrial.Result result, RegisteredDevices stored) {
        if (result == null) {
            return Proposal.none("the detection failed; see the server log");
        }
        AutoDetectReport report = result.report();
        if (!DetectedCamera.storable(report)) {
            return Proposal.none("nothing to add: no working stream or snapshot (" + report.summary()
                    + (result.lockedOut() ? "; not tried further after " + result.refusals()
                    + " wrong-password answers (lockout protection)" : "") + ")");
        }
        Optional<RegisteredDevices.Match> match = registered(device, report, stored);
        String action = match.isPresent() ? Proposal.UPDATE : Proposal.CREATE;
        Long existingId = match.map(m -> m.device().id()).orElse(null);
        String matchedBy = match.map(RegisteredDevices.Match::by).orElse(null);
        if (report.recorder() != null) {
            AutoDetectReport.Recorder recorder = report.recorder();
            return new Proposal(action, RegisteredDevice.Kind.RECORDER.wireName(), existingId, matchedBy,
                    match.map(m -> m.device().name()).orElse(null), null, null, null, recorder.channels(),
                    match.map(m -> "recorder " + m.device().id() + " (same " + m.by() + "): only its credentials "
                            + "are updated").orElse(recorder.description() + ", " + recorder.recognisedBy()));
        }
        CameraSettings camera = DetectedCamera.settings(AutoDetectRequest.detectOnly(device.address(), null, null),
                report, null, device.mac());
        return new Proposal(action, RegisteredDevice.Kind.CAMERA.wireName(), existingId, matchedBy,
                match.map(m -> m.device().name()).orElse(camera.name), camera.primaryStreamUrl,
                camera.secondaryStreamUrl, camera.snapshotUrl, List.of(),
                match.map(m -> "camera " + m.device().id() + " (same " + m.by() + "): its streams are updated")
                        .orElse("a new camera"));
    }
}
