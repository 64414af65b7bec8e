package io.ohmvision.channels.nvr;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.onvif.MediaProfile;
import io.ohmvision.channels.onvif.VideoEncoding;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnvifChannelsTest {

    private static MediaProfile profile(String token, int width, String uri, String source) {
        return new MediaProfile(token, token, new VideoEncoding("H264", width, width * 9 / 16, 25.0), uri, null,
                source);
    }

    @Test
    void oneChannelPerVideoSourceInTheDevicesOrderLargestStreamFirst() {
        List<OnvifChannels.Channel> channels = OnvifChannels.of(List.of(
                profile("ch1sub", 640, "rtsp://nvr/102", "VideoSource_1"),
                profile("ch1main", 1920, "rtsp://nvr/101", "VideoSource_1"),
                profile("ch2main", 1920, "rtsp://nvr/201", "VideoSource_2"),
                new MediaProfile("audio", "audio", null, null, null, "AudioSource_1"),
                profile("ch3main", 1280, "rtsp://nvr/301", null)));
        assertThat(channels).containsExactly(new OnvifChannels.Channel(1, "rtsp://nvr/101", "rtsp://nvr/102"),
                new OnvifChannels.Channel(2, "rtsp://nvr/201", null), new OnvifChannels.Channel(3, "rtsp://nvr/301",
                        null));
    }

    @Test
    void profilesWithoutStreamsMakeNoChannel() {
        assertThat(OnvifChannels.of(List.of(profile("refused", 1920, null, "VideoSource_1")))).isEmpty();
    }
}
