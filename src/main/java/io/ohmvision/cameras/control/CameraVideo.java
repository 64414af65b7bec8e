package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.video.DecodePool;
import io.ohmvision.channels.video.DecodersBusy;
import io.ohmvision.channels.video.DeepProbe;
import io.ohmvision.channels.video.DeepProbeResult;
import io.ohmvision.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decoded video of a camera on demand: a snapshot, or a deep probe (first frame, fps, frozen picture). They run on
 * the requests' share of the process's decoders; concurrent requests for the same camera share one decode, and when
 * no decoder frees up in time the answer is 503 with Retry-After, so a viewer cannot make the server grow threads.
 */
@ApplicationScoped
public class CameraVideo {

    private final DeepProbe deepProbe = new DeepProbe(DecodePool.Lane.REQUESTS);

    @Inject
    CameraListing listing;

    @Inject
    CameraTargets targets;

    @Inject
    @ConfigProperty(name = "ohmvision.deep-probe.timeout", defaultValue = "PT10S")
    Duration timeout;

    /**
     * {@link #snapshot(Camera)} of a stored camera, as it is stored now.
     *
     * @throws ProblemException 404 when there is no such camera
     */
    public DeepProbeResult snapshot(long cameraId) {
        return snapshot(listing.find(cameraId));
    }

    /**
     * A frame from the snapshot URL when there is one (it is cheaper for the camera), else from the main stream.
     *
     * @throws ProblemException 503 with Retry-After when every decoder for requests stayed busy
     */
    public DeepProbeResult snapshot(Camera camera) {
        String url = camera.getSnapshotUrl() != null ? camera.getSnapshotUrl() : camera.getPrimaryStreamUrl();
        return decoded(() -> deepProbe.firstFrame(target(camera, url)));
    }

    /** @throws ProblemException as {@link #snapshot} */
    public DeepProbeResult deepProbe(Camera camera) {
        return decoded(() -> deepProbe.probe(target(camera, camera.getPrimaryStreamUrl())));
    }

    private static DeepProbeResult decoded(Supplier<DeepProbeResult> decode) {
        try {
            return decode.get();
        } catch (DecodersBusy busy) {
            throw ProblemException.unavailable(busy.getMessage(), busy.retryAfter());
        }
    }

    private ProbeTarget target(Camera camera, String url) {
        if (url == null) {
            throw ProblemException.conflict("Camera " + camera.getId() + " has no stream or snapshot URL");
        }
        return targets.target(camera, url, timeout);
    }
}
