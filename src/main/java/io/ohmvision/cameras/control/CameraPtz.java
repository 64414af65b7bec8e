package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.CameraCapabilities;
import io.ohmvision.channels.onvif.OnvifPtz;
import io.ohmvision.channels.onvif.PtzPreset;
import io.ohmvision.channels.onvif.PtzUnavailable;
import io.ohmvision.channels.onvif.PtzVelocity;
import io.ohmvision.platform.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pan, tilt and zoom of a camera through its ONVIF device service ({@link CameraOnvif#deviceService}: the one
 * auto-detect stored, or the primary URL of a camera connected over ONVIF). Each command opens its own short
 * connection to the device; at most {@code ohmvision.ptz.max-concurrent} commands talk to devices at once, so a flood of requests cannot open
 * unbounded connections or hold request threads: beyond that the answer is 503 with Retry-After.
 */
@ApplicationScoped
public class CameraPtz {

    /** How long a command waits for a free slot before the answer is 503. */
    private static final Duration SLOT_WAIT = Duration.ofSeconds(2);

    @Inject
    CameraListing listing;

    @Inject
    CameraOnvif onvif;

    @Inject
    @ConfigProperty(name = "ohmvision.ptz.timeout", defaultValue = "PT5S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "ohmvision.ptz.max-concurrent", defaultValue = "8")
    int maxConcurrent;

    private Semaphore slots;

    @PostConstruct
    void init() {
        slots = new Semaphore(Math.max(1, maxConcurrent));
    }

    /** A device command that may fail the way devices do. */
    @FunctionalInterface
    private interface Command<T> {
        T run(OnvifPtz ptz) throws IOException;
    }

    /** @param moveFor the device stops by itself after this long, even if no stop ever arrives */
    public void move(long cameraId, PtzVelocity velocity, Duration moveFor) {
        command(cameraId, ptz -> {
            ptz.continuousMove(velocity, moveFor);
            return null;
        });
    }

    public void stop(long cameraId) {
        command(cameraId, ptz -> {
            ptz.stop();
            return null;
        });
    }

    public List<PtzPreset> presets(long cameraId) {
        return command(cameraId, OnvifPtz::presets);
    }

    /** @param token checked by the caller against {@link PtzPreset#TOKEN} */
    public void gotoPreset(long cameraId, String token) {
        command(cameraId, ptz -> {
            ptz.gotoPreset(token);
            return null;
        });
    }

    public void home(long cameraId) {
        command(cameraId, ptz -> {
            ptz.gotoHome();
            return null;
        });
    }

    /**
     * @throws ProblemException 404 no such camera; 409 no ONVIF device service known, or no PTZ; 502 the device
     *                          refused or failed; 503 every slot stayed taken
     */
    private <T> T command(long cameraId, Command<T> command) {
        Camera camera = listing.find(cameraId);
        URI deviceService = CameraOnvif.deviceService(camera);
        requirePtz(camera);
        acquireSlot(cameraId);
        try {
            return onvif.send(camera, deviceService, timeout, "the PTZ command", client -> {
                try {
                    return command.run(OnvifPtz.open(client));
                } catch (PtzUnavailable none) {
                    throw ProblemException.conflict("Camera " + cameraId + " has no PTZ over ONVIF: "
                            + none.getMessage());
                }
            });
        } finally {
            slots.release();
        }
    }

    /** Capabilities read without PTZ answer at once, without a round trip to the device. */
    private static void requirePtz(Camera camera) {
        CameraCapabilities capabilities = camera.getCapabilities();
        if (capabilities != null && !capabilities.ptz()) {
            throw ProblemException.conflict("Camera " + camera.getId() + " has no PTZ over ONVIF: its device "
                    + "announced no PTZ service when read at " + capabilities.readAt() + " (POST "
                    + "/api/cameras/" + camera.getId() + "/capabilities/refresh reads it again)");
        }
    }

    private void acquireSlot(long cameraId) {
        try {
            if (!slots.tryAcquire(SLOT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ProblemException.unavailable("Every PTZ connection is busy (ohmvision.ptz.max-concurrent); "
                        + "camera " + cameraId + " was not moved", Duration.ofSeconds(1));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Interrupted while waiting for a PTZ connection",
                    Duration.ofSeconds(1));
        }
    }
}
