package io.ohmvision.channels.hls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.testing.Fixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SegmentFormatTest {

    @Test
    void recognisesFfmpegsTransportStream() throws PeerProtocolException {
        assertThat(SegmentFormat.detect(Fixtures.bytes("hls/ffmpeg-segment-head.ts"))).isEqualTo(SegmentFormat.MPEG_TS);
    }

    @Test
    void recognisesFfmpegsFragmentedMp4() throws PeerProtocolException {
        assertThat(SegmentFormat.detect(Fixtures.bytes("hls/ffmpeg-fmp4-segment-head.m4s")))
                .isEqualTo(SegmentFormat.FRAGMENTED_MP4);
    }

    @Test
    void refusesAStreamThatLosesTsSync() {
        byte[] broken = Fixtures.bytes("hls/ffmpeg-segment-head.ts");
        broken[188 * 3] = 0;

        assertThatThrownBy(() -> SegmentFormat.detect(broken))
                .hasMessage("the newest segment is neither MPEG-TS nor fragmented MP4");
    }

    @Test
    void refusesAnErrorPage() {
        byte[] html = Arrays.copyOf("<html><body>404</body></html>".getBytes(), 400);

        assertThatThrownBy(() -> SegmentFormat.detect(html)).isInstanceOf(PeerProtocolException.class);
    }
}
