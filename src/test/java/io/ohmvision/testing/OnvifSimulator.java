package io.ohmvision.testing;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ONVIF device simulator {@code src/test/peers/onvif-sim.py} (Python standard library only) as a test peer: SOAP
 * on a free port of the given address, WS-Discovery on that address's interface. Options are the script's own
 * command-line flags, e.g. {@code "--clock-offset", "3600"}.
 */
public final class OnvifSimulator implements AutoCloseable {

    private final PeerProcess process;
    private final String address;
    private final Map<String, String> ready;

    private OnvifSimulator(PeerProcess process, String address) {
        this.process = process;
        this.address = address;
        this.ready = Arrays.stream(process.readyLine().split(" ")).filter(part -> part.contains("="))
                .collect(Collectors.toMap(part -> part.substring(0, part.indexOf('=')),
                        part -> part.substring(part.indexOf('=') + 1)));
    }

    /** On loopback; WS-Discovery unicast on a free port, multicast on lo. */
    public static OnvifSimulator onLoopback(String user, String password, String... options) {
        List<String> arguments = new ArrayList<>(List.of("--discovery-port",
                String.valueOf(LoopbackPorts.free())));
        arguments.addAll(List.of(options));
        return start(null, "127.0.0.1", user, password, arguments);
    }

    /** Inside a network namespace, on one of its addresses; WS-Discovery on the standard port 3702. */
    public static OnvifSimulator inNamespace(String namespace, String address, String user, String password,
                                             String... options) {
        return start(namespace, address, user, password, List.of(options));
    }

    private static OnvifSimulator start(String namespace, String address, String user, String password,
                                        List<String> options) {
        List<String> command = new ArrayList<>();
        if (namespace != null) {
            command.addAll(List.of("ip", "netns", "exec", namespace));
        }
        command.addAll(List.of(PeerProcess.PYTHON, TestPaths.peerFile("onvif-sim.py").toString(),
                "--http-address", address, "--user", user, "--password", password));
        if (!options.contains("--serial")) {
            // a device of its own: on a shared server, onboarding recognises registered devices by serial number
            command.addAll(List.of("--serial", "SIM" + Long.toHexString(System.nanoTime()).toUpperCase()));
        }
        command.addAll(options);
        String name = "onvif-sim-" + (namespace == null ? "" : namespace + "-") + System.nanoTime();
        return new OnvifSimulator(PeerProcess.start(name, command), address);
    }

    public String deviceServiceUrl() {
        return "http://" + address + ":" + httpPort() + "/onvif/device_service";
    }

    public int httpPort() {
        return Integer.parseInt(ready.get("http"));
    }

    public int discoveryPort() {
        return Integer.parseInt(ready.get("discovery"));
    }

    /**
     * The PTZ head as the simulator sees it (GET /sim/state): {@code pan}, {@code tilt}, {@code zoom}, {@code moving},
     * {@code velocity.pan}..., {@code lastCommand.operation} and every command in {@code commands}, oldest first.
     */
    public JsonPath ptzState() {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://" + address + ":" + httpPort() + "/sim/state"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the simulator has no PTZ state (HTTP " + answer.statusCode() + ")");
            }
            return JsonPath.from(answer.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The stable WS-Discovery EndpointReference address, {@code urn:uuid:...}. */
    public String endpoint() {
        return ready.get("endpoint");
    }

    @Override
    public void close() {
        process.close();
    }
}
