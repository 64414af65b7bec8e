package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.NetworkFailures;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.onvif.FaultKind;
import io.ohmvision.channels.onvif.OnvifCallException;
import io.ohmvision.channels.onvif.OnvifClient;
import io.ohmvision.channels.onvif.OnvifProbe;
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
 * Pan, tilt and zoom of a camera connected over ONVIF, through its device service (the camera's primary URL, so the
 * stored credentials go only where they were given for). Each command opens its own short connection to the device;
 * at most {@code ohmvision.ptz.max-concurrent} commands talk to devices at once, so a flood of requests cannot open
 * unbounded connections or hold request threads: beyond that the answer is 503 with Retry-After.
 */
@ApplicationScoped
public class CameraPtz {

    /** How long a command waits for a free slot before the answer is 503. */
    private static final Duration SLOT_WAIT = Duration.ofSeconds(2);

    @Inject
    CameraListing listing;

    @Inject
    CameraTargets targets;

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
     * @throws ProblemException 404 no such camera; 409 not an ONVIF camera or no PTZ; 502 the device refused or
     *                          failed; 503 every slot stayed taken
     */
    private <T> T command(long cameraId, Command<T> command) {
        Camera camera = listing.find(cameraId);
        URI deviceService = deviceService(camera);
        ProbeTarget target = targets.target(camera, deviceService.toString(), timeout);
        acquireSlot(cameraId);
        try (OnvifClient client = new OnvifClient(deviceService, target.username(), target.password(), timeout)) {
            return command.run(OnvifPtz.open(client));
        } catch (PtzUnavailable none) {
            throw ProblemException.conflict("Camera " + cameraId + " has no PTZ over ONVIF: " + none.getMessage());
        } catch (OnvifCallException refused) {
            throw ProblemException.badGateway("Camera " + cameraId + " refused " + refused.operation() + ": "
                    + refused.detail() + (refused.kind() == FaultKind.NOT_AUTHORIZED
                    ? " (wrong or missing credentials)" : ""));
        } catch (IOException failed) {
            throw ProblemException.badGateway("Camera " + cameraId + " did not answer the PTZ command: "
                    + NetworkFailures.classify(failed, timeout).reason());
        } finally {
            slots.release();
        }
    }

    private static URI deviceService(Camera camera) {
        if (camera.getConnectionType() != ConnectionType.ONVIF) {
            throw ProblemException.conflict("Camera " + camera.getId() + " is connected over "
                    + camera.getConnectionType().wireName() + ", not ONVIF: PTZ needs the camera's ONVIF device "
                    + "service as its primary URL");
        }
        return StreamUrl.parse(camera.getPrimaryStreamUrl())
                .filter(url -> url.scheme().equals("http") || url.scheme().equals("https"))
                .map(OnvifProbe::deviceService)
                .orElseThrow(() -> ProblemException.conflict("Camera " + camera.getId() + "'s primary URL is not an "
                        + "ONVIF device service (http or https), so it cannot be moved"));
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
