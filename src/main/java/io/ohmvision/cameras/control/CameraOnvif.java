package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.NetworkFailures;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.onvif.FaultKind;
import io.ohmvision.channels.onvif.OnvifCallException;
import io.ohmvision.channels.onvif.OnvifClient;
import io.ohmvision.channels.onvif.OnvifDeviceService;
import io.ohmvision.channels.onvif.OnvifProbe;
import io.ohmvision.platform.Fanout;
import io.ohmvision.platform.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * ONVIF requests to a stored camera's device (PTZ, reading capabilities): where its device service is, one short
 * connection with the stored credentials (which {@link CameraTargets} attaches only at the camera's own origins), and
 * a device's refusals and failures as problems.
 */
@ApplicationScoped
public class CameraOnvif {

    /**
     * Where an ONVIF device service commonly is when the camera does not say: 80, Reolink's 8000, TP-Link Tapo's 2020
     * (camera-facts.md, ONVIF ports), and 8080 and 8899, which the scan's port list names for ONVIF and HTTP.
     */
    static final List<Integer> USUAL_PORTS = List.of(80, 8000, 2020, 8080, 8899);

    @Inject
    CameraTargets targets;

    @Resource
    ManagedExecutorService executor;

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
     * The device service known for the camera ({@link #deviceService}); else one found now on the host of its primary
     * URL, asked without credentials: on the ports of its HTTP(S) URLs there, then on the usual ONVIF ports. So a
     * camera added by hand, or moved to another device, finds its device service.
     *
     * @throws ProblemException 409 when none answers
     */
    public URI findDeviceService(Camera camera, Duration timeout) {
        if (camera.getOnvifDeviceUrl() != null || camera.getConnectionType() == ConnectionType.ONVIF) {
            return deviceService(camera);
        }
        String host = StreamUrl.parse(camera.getPrimaryStreamUrl()).map(StreamUrl::host).orElseThrow(() ->
                ProblemException.conflict("Camera " + camera.getId() + " has no primary URL, so no device to ask"));
        List<Integer> ports = portsToAsk(camera, host);
        List<URI> services = ports.stream().map(port -> OnvifDeviceService.at(host, port)).toList();
        return new Fanout(executor, services.size())
                .firstPassing(services, service -> OnvifDeviceService.answers(service, timeout))
                .orElseThrow(() -> ProblemException.conflict("Camera " + camera.getId() + ": no ONVIF device "
                        + "service is known for it, and none answered on " + host + " (ports " + ports + ")"));
    }

    private static List<Integer> portsToAsk(Camera camera, String host) {
        Set<Integer> ports = new LinkedHashSet<>();
        Stream.of(camera.getPrimaryStreamUrl(), camera.getSecondaryStreamUrl(), camera.getSnapshotUrl())
                .map(StreamUrl::parse).flatMap(Optional::stream)
                .filter(url -> url.host().equalsIgnoreCase(host))
                .filter(url -> url.scheme().equals("http") || url.scheme().equals("https"))
                .forEach(url -> ports.add(url.port() >= 0 ? url.port() : url.scheme().equals("http") ? 80 : 443));
        ports.addAll(USUAL_PORTS);
        return List.copyOf(ports);
    }

    /**
     * @param what what the device was asked, for the problem's detail ("the PTZ command")
     * @throws ProblemException 502 when the device refused or did not answer
     */
    public <T> T send(Camera camera, URI deviceService, Duration timeout, String what, Request<T> request) {
        ProbeTarget target = targets.target(CameraAccess.of(camera).withDeviceService(deviceService.toString()),
                deviceService.toString(), timeout);
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
