package io.ohmvision.channels.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.Fixtures;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnvifRepliesTest {

    @Test
    void readsTheDeviceUtcTime() throws Exception {
        assertThat(OnvifReplies.utcDateTime(response("system-date-and-time.xml")))
                .isEqualTo(Instant.parse("2010-09-16T07:50:45Z"));
    }

    @Test
    void readsDeviceInformationUnderAnyPrefix() throws Exception {
        assertThat(OnvifReplies.deviceInformation(response("device-information.xml"))).isEqualTo(new DeviceInformation(
                "HIKVISION", "DS-2CD2143G2-I", "V5.7.3 build 220112", "DS-2CD2143G2-I20220101AAWRJ12345678", "88"));
    }

    @Test
    void readsProfilesEvenWithTheSchemaUnderAnotherNamespaceVersion() throws Exception {
        List<MediaProfile> profiles = OnvifReplies.profiles(response("profiles.xml"));

        assertThat(profiles).containsExactly(
                new MediaProfile("Profile_2", "subStream", new VideoEncoding("H264", 640, 360, 10.0), null, null,
                        "VideoSource_1"),
                new MediaProfile("Profile_1", "mainStream", new VideoEncoding("H265", 2560, 1440, 25.0), null, null),
                new MediaProfile("Profile_Audio", "audioOnly", null, null, null));
    }

    @Test
    void stripsCredentialsAStreamUriCarries() throws Exception {
        assertThat(OnvifReplies.mediaUri(response("stream-uri.xml"), "GetStreamUri"))
                .isEqualTo("rtsp://192.168.1.64:554/Streaming/Channels/101?transportmode=unicast&profile=Profile_1")
                .doesNotContain("Secret123");
    }

    private static SoapElement response(String file) throws IOException {
        return SoapReplyReader.read("Test", 200, Fixtures.bytes("onvif/" + file), false);
    }
}
