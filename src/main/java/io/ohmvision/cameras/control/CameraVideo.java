package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.video.DeepProbe;
import io.ohmvision.channels.video.DeepProbeResult;
import io.ohmvision.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Decoded video of a camera on demand: a snapshot, or a deep probe (first frame, fps, frozen picture). */
@ApplicationScoped
public class CameraVideo {

    private final DeepProbe deepProbe = new DeepProbe();

    @Inject
    CameraTargets targets;

    @Inject
    @ConfigProperty(name = "ohmvision.deep-probe.timeout", defaultValue = "PT10S")
    Duration timeout;

    /** A frame from the snapshot URL when there is one (it is cheaper for the camera), else from the main stream. */
    public DeepProbeResult snapshot(Camera camera) {
        String url = camera.getSnapshotUrl() != null ? camera.getSnapshotUrl() : camera.getPrimaryStreamUrl();
        return deepProbe.firstFrame(target(camera, url));
    }

    public DeepProbeResult deepProbe(Camera camera) {
        return deepProbe.probe(target(camera, camera.getPrimaryStreamUrl()));
    }

    private ProbeTarget target(Camera camera, String url) {
        if (url == null) {
            throw ProblemException.conflict("Camera " + camera.getId() + " has no stream or snapshot URL");
        }
        return targets.target(camera, url, timeout);
    }
}
