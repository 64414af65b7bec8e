package io.ohmvision.channels.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ohmvision.testing.HostileInput;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Parameter sets a hostile camera may put in its SDP: sizes that overflow an int, exp-Golomb values past 32 bits,
 * cropping beyond the picture, loops the stream sizes itself. Each is a clear refusal (the probe then reports no
 * size) or a bounded result, within a generous guard time.
 */
class HostileSpsTest {


    @Test
    void refusesAWidthThatWouldOverflow() {
        byte[] sps = h264(Integer.MAX_VALUE - 1, 44, 0, false);

        assertRefused(() -> H264Sps.parse(sps), "picture size out of range");
    }

    @Test
    void refusesAPictureWiderThanAnyLevelAllows() {
        assertRefused(() -> H264Sps.parse(h264(4096, 44, 0, false)), "picture size out of range");
    }

    @Test
    void refusesAnExpGolombValuePast32Bits() {
        byte[] sps = new Bits().u(0x67, 8).u(66, 8).u(0, 16).raw(0, 31).raw(0xFFFFFFFFL, 32).u(0xFF, 8).bytes();

        assertRefused(() -> H264Sps.parse(sps), "exp-Golomb value out of range");
    }

    @Test
    void refusesAnExpGolombCodeLongerThan32Bits() {
        byte[] sps = new Bits().u(0x67, 8).u(66, 8).u(0, 16).raw(0, 40).raw(0xFFFFFFFFL, 32).bytes();

        assertRefused(() -> H264Sps.parse(sps), "exp-Golomb code longer than 32 bits");
    }

    @Test
    void refusesCroppingThatWouldOverflowIntoAPicture() {
        byte[] sps = h264(39, 22, Integer.MAX_VALUE / 2, true);

        assertRefused(() -> H264Sps.parse(sps), "cropping leaves no picture");
    }

    @Test
    void refusesAPictureOrderCycleLongerThanTheStandardAllows() {
        byte[] sps = new Bits().u(0x67, 8).u(66, 8).u(0, 16).ue(0).ue(0).ue(1).u(0, 1).se(0).se(0).ue(1_000_000)
                .bytes();

        assertRefused(() -> H264Sps.parse(sps), "num_ref_frames_in_pic_order_cnt_cycle out of range");
    }

    @Test
    void aMegabyteOfEmulationPreventionIsLinear() {
        byte[] nal = new byte[1024 * 1024];
        nal[0] = 0x67;
        for (int i = 1; i + 2 < nal.length; i += 3) {
            nal[i + 2] = 3;
        }

        assertTimeoutPreemptively(HostileInput.BOUND, () -> assertThatThrownBy(() -> H264Sps.parse(nal))
                .isInstanceOf(InvalidBitstreamException.class));
    }

    @Test
    void aMegabyteOfOnesGivesABoundedAnswer() {
        byte[] nal = new byte[1024 * 1024];
        Arrays.fill(nal, (byte) 0xFF);
        nal[0] = 0x67;

        PictureFormat format = assertTimeoutPreemptively(HostileInput.BOUND, () -> H264Sps.parse(nal));

        assertThat(format.width()).isEqualTo(16);
    }

    @Test
    void anAbsurdFrameRateIsLeftUnknown() {
        byte[] sps = new Bits().u(0x67, 8).u(66, 8).u(0, 16).ue(0).ue(0).ue(0).ue(0).ue(1).u(0, 1).ue(39).ue(22)
                .u(1, 1).u(1, 1).u(0, 1).u(1, 1) // frame_mbs_only, direct_8x8, no cropping, VUI
                .u(0, 4).u(1, 1).raw(1, 32).raw(0xFFFFFFFFL, 32).u(0xFF, 8).bytes(); // timing: 1 tick, 2^32-1 Hz

        assertThat(H264Sps.parse(sps)).isEqualTo(new PictureFormat(640, 368, null));
    }

    @Test
    void refusesAnH265WidthPastAnyLevel() {
        byte[] sps = new Bits().u(0x42, 8).u(0x01, 8).u(0, 4).u(0, 3).u(1, 1).raw(0, 96).ue(0).ue(1)
                .ue(Integer.MAX_VALUE - 1).ue(1080).u(0, 1).u(0xFF, 8).bytes();

        assertRefused(() -> H265Sps.parse(sps), "picture size out of range");
    }

    @Test
    void refusesAnH265ChromaFormatThatDoesNotExist() {
        byte[] sps = new Bits().u(0x42, 8).u(0x01, 8).u(0, 4).u(0, 3).u(1, 1).raw(0, 96).ue(0).ue(1000)
                .u(0xFF, 8).bytes();

        assertRefused(() -> H265Sps.parse(sps), "chroma_format_idc out of range");
    }

    private static void assertRefused(Runnable parse, String reason) {
        assertTimeoutPreemptively(HostileInput.BOUND, () -> assertThatThrownBy(parse::run)
                .isInstanceOf(InvalidBitstreamException.class).hasMessage(reason));
    }

    /** A baseline SPS (poc type 0, no VUI) with the given size fields and, optionally, cropping on every side. */
    private static byte[] h264(long widthInMbsMinus1, long heightInMapUnitsMinus1, long crop, boolean cropping) {
        Bits sps = new Bits().u(0x67, 8).u(66, 8).u(0x1E, 16).ue(0).ue(0).ue(0).ue(0).ue(1).u(0, 1)
                .ue(widthInMbsMinus1).ue(heightInMapUnitsMinus1).u(1, 1).u(1, 1).u(cropping ? 1 : 0, 1);
        if (cropping) {
            sps.ue(crop).ue(crop).ue(crop).ue(crop);
        }
        return sps.u(0, 1).u(1, 1).bytes(); // no VUI, stop bit
    }

    /** Writes a bit string, most significant bit first; no emulation prevention is needed for these values. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        Bits u(long value, int count) {
            return raw(value, count);
        }

        Bits raw(long value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                current = current << 1 | (int) (value >>> i & 1);
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
            return this;
        }

        Bits ue(long value) {
            long coded = value + 1;
            int length = 64 - Long.numberOfLeadingZeros(coded);
            return raw(0, length - 1).raw(coded, length);
        }

        Bits se(long value) {
            return ue(value <= 0 ? -2 * value : 2 * value - 1);
        }

        byte[] bytes() {
            Bits padded = used == 0 ? this : raw(0, 8 - used);
            return padded.out.toByteArray();
        }
    }
}
