package io.ohmvision.channels.onvif;

import static io.ohmvision.testing.ScriptedHttpServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.Fixtures;
import io.ohmvision.testing.ScriptedHttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connect sequence against a scripted device that answers each operation as a test says. */
class OnvifClientTest {

    private static final Pattern OPERATION = Pattern.compile("<s:Body><\\w+:(\\w+)");
    private static final Pattern TOKEN = Pattern.compile("<trt:ProfileToken>([^<]*)<");

    private final ScriptedHttpServer device = ScriptedHttpServer.start();

    @AfterEach
    void stop() {
        device.close();
    }

    @Test
    void keepsUrisOnTheDevicesOwnHostAndReportsThoseOnAnother() throws IOException {
        script(Fixtures.text("onvif/profiles.xml"), token -> token.equals("Profile_1")
                ? "rtsp://127.0.0.1:554/Streaming/Channels/101" : "rtsp://127.0.0.2:554/elsewhere",
                token -> "http://203.0.113.9/snapshot.jpg?token=" + token);

        OnvifDevice inspected = inspect();

        assertThat(inspected.profiles()).extracting(MediaProfile::streamUri)
                .containsExactly(null, "rtsp://127.0.0.1:554/Streaming/Channels/101", null);
        assertThat(inspected.profiles()).extracting(MediaProfile::snapshotUri).containsOnlyNulls();
        assertThat(inspected.notFollowed()).contains(
                "GetStreamUri (profile Profile_2) pointed to rtsp://127.0.0.2:554/elsewhere (another host): "
                        + "not followed",
                "GetSnapshotUri (profile Profile_1) pointed to http://203.0.113.9/snapshot.jpg?token=*** "
                        + "(another host): not followed").hasSize(5);
    }

    @Test
    void readsTheUrisOfAtMostTheFirst128Profiles() throws IOException {
        String many = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:trt=\""
                + DeviceServices.MEDIA + "\"><s:Body><trt:GetProfilesResponse>"
                + IntStream.range(0, 1000).mapToObj(i -> "<trt:Profiles token=\"p" + i + "\"/>")
                .collect(Collectors.joining()) + "</trt:GetProfilesResponse></s:Body></s:Envelope>";
        script(many, token -> null, token -> null);

        OnvifDevice inspected = inspect();

        assertThat(inspected.profiles()).hasSize(OnvifClient.MAX_PROFILES);
        assertThat(inspected.notFollowed())
                .containsExactly("GetProfiles listed 1000 profiles: only the first 128 were read");
    }

    private OnvifDevice inspect() throws IOException {
        try (OnvifClient client = new OnvifClient(URI.create(device.url("/onvif/device_service")), null, null,
                Duration.ofSeconds(10))) {
            return client.inspect();
        }
    }

    /**
     * A device whose Media service is on its own host; stream and snapshot URIs as the functions say, where null
     * stands for "not supported" (which the client does not ask again).
     */
    private void script(String profiles, Function<String, String> streamUri, Function<String, String> snapshotUri) {
        String mediaHere = Fixtures.text("onvif/services.xml").replace("http://192.168.1.64/onvif/Media<",
                device.url("/onvif/media_service") + "<");
        Map<String, Function<String, String>> replies = Map.of(
                "GetSystemDateAndTime", request -> Fixtures.text("onvif/system-date-and-time.xml"),
                "GetDeviceInformation", request -> Fixtures.text("onvif/device-information.xml"),
                "GetServices", request -> mediaHere,
                "GetProfiles", request -> profiles,
                "GetStreamUri", request -> mediaUri("GetStreamUriResponse", streamUri.apply(token(request))),
                "GetSnapshotUri", request -> mediaUri("GetSnapshotUriResponse", snapshotUri.apply(token(request))),
                "ActionNotSupported", request -> Fixtures.text("onvif/fault-action-not-supported.xml"));
        for (String path : new String[] {"/onvif/device_service", "/onvif/media_service"}) {
            device.on(path, exchange -> {
                String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Matcher operation = OPERATION.matcher(request);
                String answer = operation.find() ? replies.get(operation.group(1)).apply(request) : null;
                exchange.getResponseHeaders().add("Content-Type", "application/soap+xml");
                send(exchange, answer == null ? 500 : 200, (answer == null ? replies.get("ActionNotSupported")
                        .apply(request) : answer).getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    private static String token(String request) {
        Matcher token = TOKEN.matcher(request);
        return token.find() ? token.group(1) : "";
    }

    private static String mediaUri(String response, String uri) {
        return uri == null ? null : "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:trt=\""
                + DeviceServices.MEDIA + "\" xmlns:tt=\"http://www.onvif.org/ver10/schema\"><s:Body><trt:"
                + response + "><trt:MediaUri><tt:Uri>" + uri.replace("&", "&amp;") + "</tt:Uri></trt:MediaUri></trt:"
                + response + "></s:Body></s:Envelope>";
    }
}
