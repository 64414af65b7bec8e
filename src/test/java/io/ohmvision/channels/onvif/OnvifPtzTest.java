package io.ohmvision.channels.onvif;

import static io.ohmvision.testing.ScriptedHttpServer.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ohmvision.testing.Fixtures;
import io.ohmvision.testing.ScriptedHttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** PTZ commands against a scripted device that answers each operation as a test says. */
class OnvifPtzTest {

    private static final Pattern OPERATION = Pattern.compile("<s:Body><\\w+:(\\w+)");
    private static final String PASSWORD = "Ptz-Secret#1";
    private static final String PROFILES = "<trt:GetProfilesResponse xmlns:trt=\"" + DeviceServices.MEDIA + "\" "
            + "xmlns:tt=\"http://www.onvif.org/ver10/schema\"><trt:Profiles token=\"main\"><tt:PTZConfiguration "
            + "token=\"ptz\"/></trt:Profiles></trt:GetProfilesResponse>";

    private final ScriptedHttpServer device = ScriptedHttpServer.start();
    /** Operation and the path it was sent to, in order. */
    private final List<String> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        device.close();
    }

    @Test
    void sendsCommandsToThePtzServiceOnTheDevicesOwnHostEvenWhenItAnnouncesAnother() throws IOException {
        script(services("http://203.0.113.9:8080/onvif/PTZ"), Map.of("GotoPreset", empty("GotoPresetResponse")));

        try (OnvifClient client = client()) {
            OnvifPtz ptz = OnvifPtz.open(client);
            ptz.gotoPreset("Preset_2");

            assertThat(ptz.profile()).isEqualTo("main");
        }
        assertThat(received).contains("GetProfiles /onvif/media_service", "GotoPreset /onvif/PTZ");
    }

    @Test
    void aDeviceWithoutPtzServiceIsTold() {
        script(services(null), Map.of());

        PtzUnavailable none = catchThrowableOfType(() -> OnvifPtz.open(client()), PtzUnavailable.class);

        assertThat(none).hasMessage("the device announces no PTZ service (GetServices)");
    }

    @Test
    void aDeviceWhoseProfilesHaveNoPtzConfigurationIsTold() {
        String fixedProfiles = "<trt:GetProfilesResponse xmlns:trt=\"" + DeviceServices.MEDIA + "\">"
                + "<trt:Profiles token=\"main\"/></trt:GetProfilesResponse>";
        script(services("http://127.0.0.1/onvif/PTZ"), fixedProfiles, Map.of());

        PtzUnavailable none = catchThrowableOfType(() -> {
            try (OnvifClient client = client()) {
                OnvifPtz.open(client);
            }
        }, PtzUnavailable.class);

        assertThat(none).hasMessage("no media profile of the device has a PTZ configuration");
    }

    @Test
    void aFaultIsReportedByItsCodesNeverByTheDevicesFreeText() throws IOException {
        String fault = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                + "xmlns:ter=\"http://www.onvif.org/ver10/error\"><s:Body><s:Fault><s:Code><s:Value>s:Sender"
                + "</s:Value><s:Subcode><s:Value>ter:InvalidArgVal</s:Value><s:Subcode><s:Value>ter:NoToken</s:Value>"
                + "</s:Subcode></s:Subcode></s:Code><s:Reason><s:Text>no preset for admin:" + PASSWORD
                + "</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>";
        script(services("http://127.0.0.1/onvif/PTZ"), Map.of("GotoPreset", fault));

        try (OnvifClient client = client()) {
            OnvifPtz ptz = OnvifPtz.open(client);
            OnvifCallException refused = catchThrowableOfType(() -> ptz.gotoPreset("9"), OnvifCallException.class);

            assertThat(refused.kind()).isEqualTo(FaultKind.OTHER);
            assertThat(refused.detail()).isEqualTo("env:Sender ter:InvalidArgVal ter:NoToken");
            assertThat(refused.getMessage()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void aTokenOfTheWrongShapeNeverReachesTheDevice() throws IOException {
        script(services("http://127.0.0.1/onvif/PTZ"), Map.of());

        try (OnvifClient client = client()) {
            OnvifPtz ptz = OnvifPtz.open(client);
            catchThrowableOfType(() -> ptz.gotoPreset("1</tptz:PresetToken>"), IllegalArgumentException.class);
        }
        assertThat(received).noneMatch(line -> line.startsWith("GotoPreset"));
    }

    @Test
    void readsThePresets() throws IOException {
        script(services("http://127.0.0.1/onvif/PTZ"), Map.of("GetPresets", Fixtures.text("onvif/presets.xml")));

        try (OnvifClient client = client()) {
            assertThat(OnvifPtz.open(client).presets()).extracting(PtzPreset::token)
                    .containsExactly("1", "Preset_2", "3");
        }
    }

    private OnvifClient client() {
        return new OnvifClient(URI.create(device.url("/onvif/device_service")), "admin", PASSWORD,
                Duration.ofSeconds(5));
    }

    /** GetServices naming the media service here and, when not null, a PTZ service at this address. */
    private String services(String ptzAddress) {
        String services = Fixtures.text("onvif/services.xml").replace("http://192.168.1.64/onvif/Media<",
                device.url("/onvif/media_service") + "<");
        return ptzAddress == null ? services : services.replace("</tds:GetServicesResponse>",
                "<tds:Service><tds:Namespace>" + DeviceServices.PTZ + "</tds:Namespace><tds:XAddr>" + ptzAddress
                        + "</tds:XAddr></tds:Service></tds:GetServicesResponse>");
    }

    private static String empty(String response) {
        return DeviceServicesTest.envelope("<tptz:" + response + " xmlns:tptz=\"" + DeviceServices.PTZ + "\"/>");
    }

    private void script(String services, Map<String, String> ptzReplies) {
        script(services, PROFILES, ptzReplies);
    }

    private void script(String services, String profilesResponse, Map<String, String> ptzReplies) {
        String profiles = DeviceServicesTest.envelope(profilesResponse);
        for (String path : new String[] {"/onvif/device_service", "/onvif/media_service", "/onvif/PTZ"}) {
            device.on(path, exchange -> {
                String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Matcher matched = OPERATION.matcher(request);
                String operation = matched.find() ? matched.group(1) : "?";
                received.add(operation + " " + exchange.getRequestURI().getPath());
                String answer = switch (operation) {
                    case "GetSystemDateAndTime" -> Fixtures.text("onvif/system-date-and-time.xml");
                    case "GetServices" -> services;
                    case "GetProfiles" -> profiles;
                    default -> ptzReplies.get(operation);
                };
                exchange.getResponseHeaders().add("Content-Type", "application/soap+xml");
                boolean fault = answer != null && answer.contains("<s:Fault>");
                send(exchange, answer == null ? 500 : fault ? 400 : 200, (answer == null
                        ? Fixtures.text("onvif/fault-action-not-supported.xml") : answer)
                        .getBytes(StandardCharsets.UTF_8));
            });
        }
    }
}
