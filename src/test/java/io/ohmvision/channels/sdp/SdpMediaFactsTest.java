package io.ohmvision.channels.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdpMediaFactsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "gstreamer/describe-main-200.txt, H.264, 640, 360, 25.0, -",
            "gstreamer/describe-sub-200.txt, H.264, 320, 180, 10.0, -",
            // no a=framerate: the SPS timing info gives it
            "hikvision/describe-200.txt, H.264, 1920, 1080, 25.0, PCMU",
            "dahua/describe-200.txt, H.265, 2560, 1440, 20.0, AAC",
            "axis/describe-200.txt, H.264, 1920, 1080, 30.0, Opus",
            // MJPEG by static payload type; size from a=x-dimensions; the sendonly backchannel is not the audio
            "hanwha/describe-200.txt, MJPEG, 1280, 720, 15.0, PCMA",
    })
    void describesCapturedStreams(String reply, String codec, Integer width, Integer height, Double fps, String audio) {
        MediaFacts facts = SdpMediaFacts.of(SdpParser.parse(body(reply)));

        assertThat(facts).isEqualTo(new MediaFacts(codec, width, height, fps, audio));
    }

    @Test
    void readsControlAndRange() {
        SessionDescription sdp = SdpParser.parse(body("dahua/describe-200.txt"));

        assertThat(sdp.control()).isEqualTo("*");
        assertThat(sdp.range()).isEqualTo("npt=now-");
        assertThat(sdp.media()).extracting(MediaSection::control).containsExactly("trackID=0", "trackID=1", "trackID=4");
    }

    @Test
    void leavesTheSizeUnknownWhenTheParameterSetIsBroken() {
        String sdp = "v=0\nm=video 0 RTP/AVP 96\na=rtpmap:96 H264/90000\na=fmtp:96 sprop-parameter-sets=Z0LA,aM48gA==\n";

        MediaFacts facts = SdpMediaFacts.of(SdpParser.parse(sdp));

        assertThat(facts).isEqualTo(new MediaFacts("H.264", null, null, null, null));
    }

    @Test
    void toleratesLineFeedsBlankLinesAndUnknownAttributes() {
        String sdp = "v=0\n\n a=whatever\nm=audio 0 RTP/AVP 0\na=rtpmap:junk\na=fmtp:0\nm=video 0 RTP/AVP x 96\n"
                + "a=rtpmap:96 h265/90000\n";

        MediaFacts facts = SdpMediaFacts.of(SdpParser.parse(sdp));

        assertThat(facts).isEqualTo(new MediaFacts("H.265", null, null, null, "PCMU"));
    }

    private static String body(String reply) {
        String text = Fixtures.text("rtsp/" + reply);
        return text.substring(text.indexOf("\r\n\r\n") + 4);
    }
}
