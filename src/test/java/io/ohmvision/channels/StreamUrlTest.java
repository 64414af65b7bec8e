package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StreamUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "rtsp://admin:p@ss@10.0.0.5:554/Streaming/Channels/101|admin|p@ss|10.0.0.5|554|/Streaming/Channels/101",
            "rtsp://admin:a:b/c@10.0.0.5/live|admin|a:b/c|10.0.0.5|-1|/live",
            "rtsp://admin:100%@10.0.0.5/x|admin|100%|10.0.0.5|-1|/x",
            "rtsp://admin:h#sh@cam.local:8554/main|admin|h#sh|cam.local|8554|/main",
            "rtsp://admin:p%40ss%3A1@10.0.0.5/x|admin|p@ss:1|10.0.0.5|-1|/x",
            "rtsp://user:%E2%82%AC@[fe80::1]:554/x|user|€|fe80::1|554|/x",
            "rtsp://10.0.0.5/cam/realmonitor?channel=1&subtype=0||  |10.0.0.5|-1|/cam/realmonitor?channel=1&subtype=0",
            "http://10.0.0.5|| |10.0.0.5|-1|",
    })
    void splitsCredentialsFromLegacyUrls(String raw, String user, String pass, String host, int port, String rest) {
        StreamUrl url = StreamUrl.parse(raw).orElseThrow();
        assertThat(url.username()).isEqualTo(blankToNull(user));
        assertThat(url.password()).isEqualTo(blankToNull(pass));
        assertThat(url.host()).isEqualTo(host);
        assertThat(url.port()).isEqualTo(port);
        assertThat(url.pathAndQuery()).isEqualTo(rest == null ? "" : rest);
    }

    @Test
    void connectStringPercentEncodesEveryReservedCharacter() {
        String url = StreamUrl.withCredentials("rtsp://10.0.0.5:554/main", "ad min", "p@ss:/#%?& é");
        assertThat(url).isEqualTo("rtsp://ad%20min:p%40ss%3A%2F%23%25%3F%26%20%C3%A9@10.0.0.5:554/main");
        StreamUrl back = StreamUrl.parse(url).orElseThrow();
        assertThat(back.password()).isEqualTo("p@ss:/#%?& é");
        assertThat(back.username()).isEqualTo("ad min");
    }

    @Test
    void maskHidesPasswordsAndSecretQueryParameters() {
        assertThat(StreamUrl.mask("rtsp://admin:secret@10.0.0.5/live")).isEqualTo("rtsp://admin:***@10.0.0.5/live");
        assertThat(StreamUrl.mask("http://10.0.0.5:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=admin&pwd=secret"))
                .isEqualTo("http://10.0.0.5:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=admin&pwd=***");
        assertThat(StreamUrl.mask("rtsps://x.example/stream?auth=tok123")).doesNotContain("tok123");
        assertThat(StreamUrl.mask("not a url password=hunter2&x=1")).doesNotContain("hunter2");
    }

    @Test
    void pathsContainingAtAreNotTakenForUserInfo() {
        StreamUrl url = StreamUrl.parse("rtsp://10.0.0.5/a/b@c").orElseThrow();
        assertThat(url.host()).isEqualTo("10.0.0.5");
        assertThat(url.username()).isNull();
    }

    @Test
    void localSchemesHaveNoHost() {
        StreamUrl file = StreamUrl.parse("file:///srv/media/clip.mp4").orElseThrow();
        assertThat(file.host()).isEmpty();
        assertThat(file.pathAndQuery()).isEqualTo("/srv/media/clip.mp4");
        assertThat(file.toConnectString()).isEqualTo("file:///srv/media/clip.mp4");
        assertThat(StreamUrl.parse("usb:///dev/video0").orElseThrow().pathAndQuery()).isEqualTo("/dev/video0");
        assertThat(StreamUrl.parse("rtsp:///main")).as("network schemes need a host").isEmpty();
    }

    @Test
    void rejectsWhatIsNotAUrl() {
        assertThat(StreamUrl.parse("10.0.0.5/live")).isEmpty();
        assertThat(StreamUrl.parse("rtsp://host:99999/x")).isEmpty();
        assertThat(StreamUrl.parse("rtsp://bad host/x")).isEmpty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
