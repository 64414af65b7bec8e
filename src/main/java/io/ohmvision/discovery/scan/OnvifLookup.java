package io.ohmvision.discovery.scan;

import io.ohmvision.channels.NetworkFailures;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.Verdict;
import io.ohmvision.channels.onvif.OnvifCallException;
import io.ohmvision.channels.onvif.OnvifClient;
import io.ohmvision.channels.onvif.OnvifDevice;
import io.ohmvision.channels.onvif.OnvifProbe;
import io.ohmvision.channels.onvif.OnvifDeviceService;
import io.ohmvision.platform.Fanout;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Finds a device's ONVIF service among its open ports ({@link OnvifDeviceService}, without credentials) and runs the
 * connect sequence there (device information, profiles, stream and snapshot URIs); the credentials go to the first
 * port that speaks ONVIF only, so a wrong password costs one attempt, not one per port.
 */
public final class OnvifLookup {

    private final Executor executor;
    private final Duration timeout;

    /** @param timeout for each port's question and for the connect sequence */
    public OnvifLookup(Executor executor, Duration timeout) {
        this.executor = executor;
        this.timeout = timeout;
    }

    /** @param ports the ports to ask, most likely first */
    public OnvifFindings inspect(String host, List<Integer> ports, String username, String password) {
        List<URI> services = ports.stream().map(port -> OnvifDeviceService.at(host, port)).toList();
        return new Fanout(executor, Math.max(1, services.size()))
                .firstPassing(services, service -> OnvifDeviceService.answers(service, timeout))
                .map(service -> connect(service, username, password))
                .orElseGet(() -> OnvifFindings.absent(ports.isEmpty() ? "no open port where ONVIF is usually served"
                        : "no ONVIF device service on port(s) " + ports));
    }

    /** The connect sequence on a device service already known to be there (from WS-Discovery, say). */
    public OnvifFindings connect(URI deviceService, String username, String password) {
        OnvifClient client = new OnvifClient(deviceService, username, password, timeout);
        try (client) {
            OnvifDevice device = client.inspect();
            String clock = device.clock().skewed() ? "; " + device.clock().describe() : "";
            return new OnvifFindings(deviceService.toString(), Outcome.OK, device.profiles().size()
                    + " profile(s)" + clock + OnvifProbe.notFollowed(device), device);
        } catch (OnvifCallException refused) {
            Verdict verdict = OnvifProbe.refusal(refused, client.clock(), username != null && !username.isEmpty());
            return new OnvifFindings(deviceService.toString(), verdict.outcome(), verdict.reason(), null);
        } catch (IOException failed) {
            Verdict verdict = NetworkFailures.classify(failed, timeout);
            return new OnvifFindings(deviceService.toString(), verdict.outcome(), verdict.reason(), null);
        }
    }
}
