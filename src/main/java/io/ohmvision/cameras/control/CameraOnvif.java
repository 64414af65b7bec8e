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
import io.ohmvision.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * ONVIF requests to a stored camera's device (PTZ, reading capabilities): where its device service is, one short
 * connection with the stored credentials (which {@link CameraTargets} attaches only at the camera's own origins), and
 * a device's refusals and failures as problems.
 */
@ApplicationScoped
public class CameraOnvif {

    @Inject
    CameraTargets targets;

    /** What is asked of the device; may fail the way devices do. */
    @FunctionalInterface
    public interface Request<T> {
        T send(OnvifClient client) throws IOException;
    }

    /**
     * The device service auto-detect stored for the camera; else the primary URL of a camera connected over ONVIF.
     *
     * @throws ProblemException 409 when the camera has neither
     */
    public static URI deviceService(Camera camera) {
        if (camera.getOnvifDeviceUrl() != null) {
            return URI.create(camera.getOnvifDeviceUrl());
        }
        ConnectionType type = camera.getConnectionType();
        if (type != ConnectionType.ONVIF) {
            throw ProblemException.conflict("Camera " + camera.getId() + " is connected over "
                    + (type == null ? "an unknown type" : type.wireName()) + ", not ONVIF, and no ONVIF device "
                    + "service is known for it (auto-detect stores one when the device answers ONVIF)");
        }
        return StreamUrl.parse(camera.getPrimaryStreamUrl())
                .filter(url -> url.scheme().equals("http") || url.scheme().equals("https"))
                .map(OnvifProbe::deviceService)
                .orElseThrow(() -> ProblemException.conflict("Camera " + camera.getId() + "'s primary URL is not an "
                        + "ONVIF device service (http or https)"));
    }

    /**
     * @param what what the device was asked, for the problem's detail ("the PTZ command")
     * @throws ProblemException 502 when the device refused or did not answer
     */
    public <T> T send(Camera camera, URI deviceService, Duration timeout, String what, Request<T> request) {
        ProbeTarget target = targets.target(camera, deviceService.toString(), timeout);
        try (OnvifClient client = new OnvifClient(deviceService, target.username(), target.password(), timeout)) {
            return request.send(client);
        } catch (OnvifCallException refused) {
            throw ProblemException.badGateway("Camera " + camera.getId() + " refused " + refused.operation() + ": "
                    + refused.detail() + (refused.kind() == FaultKind.NOT_AUTHORIZED
                    ? " (wrong or missing credentials)" : ""));
        } catch (IOException failed) {
            throw ProblemException.badGateway("Camera " + camera.getId() + " did not answer " + what + ": "
                    + NetworkFailures.classify(failed, timeout).reason());
        }
    }
}
