package io.ohmvision.channels.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PtzRepliesTest {

    @Test
    void readsPresetsInTheDevicesOrder() throws Exception {
        assertThat(PtzReplies.presets(response(Fixtures.text("onvif/presets.xml")))).containsExactly(
                new PtzPreset("1", "Entrance"), new PtzPreset("Preset_2", "Car park"), new PtzPreset("3", null));
    }

    @Test
    void picksTheFirstProfileWithAPtzConfiguration() throws Exception {
        String profiles = "<trt:GetProfilesResponse xmlns:trt=\"" + DeviceServices.MEDIA + "\" "
                + "xmlns:tt=\"http://www.onvif.org/ver10/schema\"><trt:Profiles token=\"fixed\"/>"
                + "<trt:Profiles token=\"moving\"><tt:PTZConfiguration token=\"c\"/></trt:Profiles>"
                + "<trt:Profiles token=\"second\"><tt:PTZConfiguration token=\"c\"/></trt:Profiles>"
                + "</trt:GetProfilesResponse>";

        assertThat(PtzReplies.ptzProfile(response(DeviceServicesTest.envelope(profiles)))).contains("moving");
        assertThat(PtzReplies.ptzProfile(response(Fixtures.text("onvif/profiles.xml")))).isEmpty();
    }

    @Test
    void aHostileDevicesPresetsAreCutAndTheirTokensAndNamesKeptInShape() throws Exception {
        String presets = "<tptz:GetPresetsResponse xmlns:tptz=\"" + DeviceServices.PTZ + "\" "
                + "xmlns:tt=\"http://www.onvif.org/ver10/schema\">"
                + "<tptz:Preset token=\"x&lt;/tptz:PresetToken&gt;\"><tt:Name>markup</tt:Name></tptz:Preset>"
                + "<tptz:Preset token=\"" + "t".repeat(65) + "\"/><tptz:Preset><tt:Name>no token</tt:Name></tptz:Preset>"
                + "<tptz:Preset token=\"ok\"><tt:Name>line1\nline2\t" + "n".repeat(500) + "</tt:Name></tptz:Preset>"
                + IntStream.range(0, 1000).mapToObj(i -> "<tptz:Preset token=\"p" + i + "\"/>")
                .collect(Collectors.joining()) + "</tptz:GetPresetsResponse>";

        var read = PtzReplies.presets(response(DeviceServicesTest.envelope(presets)));

        assertThat(read).hasSize(PtzReplies.MAX_PRESETS);
        assertThat(read.get(0).token()).isEqualTo("ok");
        assertThat(read.get(0).name()).startsWith("line1 line2 nnn").hasSize(PtzPreset.MAX_NAME);
        assertThat(read).allMatch(p -> PtzPreset.validToken(p.token()));
    }

    private static SoapElement response(String xml) throws IOException {
        return SoapReplyReader.read("Test", 200, xml.getBytes(StandardCharsets.UTF_8), false);
    }
}
