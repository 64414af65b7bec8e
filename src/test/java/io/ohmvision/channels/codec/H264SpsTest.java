package io.ohmvision.channels.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class H264SpsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // GStreamer x264enc, constrained baseline, 360 = 368 rows cropped by 8, emulation prevention bytes inside
            "gstreamer main, Z0LAHtoCgL/lwFqDAwNSgAAAAwCAAAAZR4sXUA==, 640, 360, 25.0",
            "gstreamer sub, Z0LADNoFBn58BagwMDUoAAADAAgAAAMApHihVQ==, 320, 180, 10.0",
            // libx264 High, 1088 rows cropped to 1080
            "high 1080p, Z2QAKKzZQHgCJ+XARAAAAwAEAAADAMg8YMZY, 1920, 1080, 25.0",
            // libx264 High 4:4:4 with JVT scaling matrices: crop unit 1, scaling lists must be skipped
            "high 4:4:4 scaling lists, Z/QAIJGbKArAw8XeAiAAAAMAIAAAB4HjBjLA, 1366, 766, 30.0",
            // libx264 interlaced: frame_mbs_only_flag = 0 doubles the map-unit height
            "interlaced, Z2QAHqzZQLQk2AiAAAADAIAAABkPihTL, 720, 576, 25.0",
    })
    void readsDisplayedSizeAndFrameRate(String name, String base64, int width, int height, double fps) {
        PictureFormat format = H264Sps.parse(Base64.getDecoder().decode(base64));

        assertThat(format).isEqualTo(new PictureFormat(width, height, fps));
    }

    @Test
    void refusesAnotherNalUnitType() {
        byte[] pps = Base64.getDecoder().decode("aM48gA==");

        assertThatThrownBy(() -> H264Sps.parse(pps)).isInstanceOf(InvalidBitstreamException.class);
    }

    @Test
    void refusesATruncatedParameterSet() {
        byte[] sps = Base64.getDecoder().decode("Z2QAKKzZQHgCJ+XARAAAAwAEAAADAMg8YMZY");

        assertThatThrownBy(() -> H264Sps.parse(Arrays.copyOf(sps, 6))).isInstanceOf(InvalidBitstreamException.class);
    }
}
