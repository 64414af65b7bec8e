package io.ohmvision.discovery.scan;

import io.ohmvision.channels.NetworkFailures;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.Verdict;
import io.ohmvision.channels.onvif.OnvifCallException;
import io.ohmvision.channels.onvif.OnvifClient;
import io.ohmvision.channels.onvif.OnvifDevice;
import io.ohmvision.channels.onvif.OnvifProbe;
import io.ohmvision.platform.Fanout;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Finds a device's ONVIF service among its open ports and runs the connect sequence there (device information,
 * profiles, stream and snapshot URIs). Which ports speak ONVIF is asked without credentials
 * (GetSystemDateAndTime is PRE_AUTH) and in parallel; the credentials go to the first such port only, so a wrong
 * password costs one attempt, not one per port. A port that will not tell its time without credentials is not
 * taken for ONVIF: a web server asking for a password on every path would otherwise cost an attempt for nothing.
 */
public final class OnvifLookup {

    /** ONVIF Core fixes the device service path [S7]. */
    private static final String DEVICE_SERVICE_PATH = "/onvif/device_service";

    private final Executor executor;
    private final Duration timeout;

    /** @param timeout for each port's question and for the connect sequence */
    public OnvifLookup(Executor executor, Duration timeout) {
        this.executor = executor;
        this.timeout = timeout;
    }

    /** @param ports the ports to ask, most likely first */
    public OnvifFindings inspect(String host, List<Integer> ports, String username, String password) {
        List<URI> services = ports.stream().map(port -> deviceService(host, port)).toList();
        List<Boolean> speaking = new Fanout(executor, Math.max(1, services.size())).map(services, this::speaksOnvif);
        for (int i = 0; i < services.size(); i++) {
            if (speaking.get(i)) {
                return connect(services.get(i), username, password);
            }
        }
        return OnvifFindings.absent(ports.isEmpty() ? "no open port where ONVIF is usually served"
                : "no ONVIF device service on port(s) " + ports);
    }

    private boolean speaksOnvif(URI deviceService) {
        try (OnvifClient client = new OnvifClient(deviceService, null, null, timeout)) {
            return client.readClock().measured();
        } catch (IOException | RuntimeException notOnvif) {
            return false;
        }
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

    private static URI deviceService(String host, int port) {
        return URI.create("http://" + host + ":" + port + DEVICE_SERVICE_PATH);
    }
}
