package io.ohmvision.channels.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeviceServicesTest {

    @Test
    void picksMediaVersion10FromServices() throws Exception {
        DeviceServices services = DeviceServices.fromServices(response(Fixtures.text("onvif/services.xml")));

        assertThat(services.address(DeviceServices.MEDIA)).contains("http://192.168.1.64/onvif/Media");
        assertThat(services.address(DeviceServices.PTZ)).isEmpty();
        assertThat(services.readWith()).isEqualTo("GetServices");
    }

    @Test
    void readsPtzEventsAndTheAudioDeviceIoCountsFromServicesWithCapabilities() throws Exception {
        DeviceServices services = DeviceServices.fromServices(
                response(Fixtures.text("onvif/services-with-capabilities.xml")));

        assertThat(services.address(DeviceServices.PTZ)).contains("http://192.168.1.64/onvif/PTZ");
        assertThat(services.address(DeviceServices.EVENTS)).contains("http://192.168.1.64/onvif/Events");
        assertThat(services.address(DeviceServices.IMAGING)).isEmpty();
        assertThat(services.audioSources()).isEqualTo(1);
        assertThat(services.audioOutputs()).isEqualTo(1);
    }

    @Test
    void servicesWithCapabilitiesBecomeWhatTheDeviceCanDo() throws Exception {
        DeviceCapabilities capabilities = DeviceCapabilities.of(DeviceServices.fromServices(
                response(Fixtures.text("onvif/services-with-capabilities.xml"))));

        assertThat(capabilities).isEqualTo(new DeviceCapabilities(true, 1, 1, true, false, false, false,
                "GetServices"));
    }

    @Test
    void picksMediaFromCapabilitiesOfOldFirmware() throws Exception {
        DeviceServices services = DeviceServices.fromCapabilities(response(Fixtures.text("onvif/capabilities.xml")));

        assertThat(services.address(DeviceServices.MEDIA)).contains("http://0.0.0.0:8080/onvif/media_service");
        assertThat(services.address(DeviceServices.PTZ)).isEmpty();
        assertThat(services.readWith()).isEqualTo("GetCapabilities");
    }

    @Test
    void readsEveryCategoryAndTheAudioCountsFromCapabilities() throws Exception {
        String capabilities = "<tds:GetCapabilitiesResponse " + NS + "><tds:Capabilities>"
                + "<tt:Analytics><tt:XAddr>http://d/a</tt:XAddr></tt:Analytics>"
                + "<tt:Events><tt:XAddr>http://d/e</tt:XAddr></tt:Events>"
                + "<tt:Imaging><tt:XAddr>http://d/i</tt:XAddr></tt:Imaging>"
                + "<tt:Media><tt:XAddr>http://d/m</tt:XAddr></tt:Media><tt:PTZ><tt:XAddr>http://d/p</tt:XAddr></tt:PTZ>"
                + "<tt:Extension><tt:DeviceIO><tt:XAddr>http://d/io</tt:XAddr><tt:AudioSources>2</tt:AudioSources>"
                + "<tt:AudioOutputs>1</tt:AudioOutputs></tt:DeviceIO><tt:Recording><tt:XAddr>http://d/r</tt:XAddr>"
                + "</tt:Recording></tt:Extension></tds:Capabilities></tds:GetCapabilitiesResponse>";

        DeviceServices services = DeviceServices.fromCapabilities(response(envelope(capabilities)));

        assertThat(DeviceCapabilities.of(services)).isEqualTo(new DeviceCapabilities(true, 2, 1, true, true, true,
                true, "GetCapabilities"));
        assertThat(services.addresses()).containsEntry(DeviceServices.ANALYTICS, "http://d/a")
                .containsEntry(DeviceServices.EVENTS, "http://d/e").containsEntry(DeviceServices.IMAGING, "http://d/i")
                .containsEntry(DeviceServices.PTZ, "http://d/p").containsEntry(DeviceServices.RECORDING, "http://d/r")
                .containsEntry(DeviceServices.DEVICE_IO, "http://d/io");
        assertThat(services.audioSources()).isEqualTo(2);
        assertThat(services.audioOutputs()).isEqualTo(1);
    }

    @Test
    void aHostileDeviceGetsNeitherEndlessServicesNorImpossibleAudioCounts() throws Exception {
        String services = "<tds:GetServicesResponse " + NS + ">"
                + "<tds:Service><tds:Namespace>" + DeviceServices.DEVICE_IO + "</tds:Namespace><tds:XAddr>http://d/io"
                + "</tds:XAddr><tds:Capabilities><tds:Capabilities AudioSources=\"2147483647\" AudioOutputs=\"-3\"/>"
                + "</tds:Capabilities></tds:Service>" + IntStream.range(0, 5000)
                .mapToObj(i -> "<tds:Service><tds:Namespace>urn:x:" + i + "</tds:Namespace><tds:XAddr>http://d/" + i
                        + "</tds:XAddr></tds:Service>").collect(Collectors.joining()) + "</tds:GetServicesResponse>";

        DeviceServices read = DeviceServices.fromServices(response(envelope(services)));

        assertThat(read.addresses()).hasSize(DeviceServices.MAX_SERVICES);
        assertThat(read.audioSources()).isZero();
        assertThat(read.audioOutputs()).isZero();
    }

    private static final String NS = "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" "
            + "xmlns:tt=\"http://www.onvif.org/ver10/schema\"";

    static String envelope(String body) {
        return "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>" + body
                + "</s:Body></s:Envelope>";
    }

    private static SoapElement response(String xml) throws IOException {
        return SoapReplyReader.read("Test", 200, xml.getBytes(StandardCharsets.UTF_8), false);
    }
}
