package io.ohmvision.channels.codec;

import java.io.ByteArrayOutputStream;

/**
 * Reads the bits of an H.264/H.265 NAL unit payload: fixed-width fields and exp-Golomb codes. The emulation
 * prevention bytes (00 00 03) are dropped on construction because every field offset is counted without them.
 */
final class BitReader {

    private final byte[] data;
    private int bitPosition;

    BitReader(byte[] nalUnit) {
        this.data = withoutEmulationPrevention(nalUnit);
    }

    int bits(int count) {
        if (count > 32) {
            throw new IllegalArgumentException("at most 32 bits at once: " + count);
        }
        long value = 0;
        for (int i = 0; i < count; i++) {
            value = value << 1 | bit();
        }
        return (int) value;
    }

    boolean flag() {
        return bit() == 1;
    }

    void skip(int count) {
        for (int i = 0; i < count; i++) {
            bit();
        }
    }

    /** Unsigned exp-Golomb, ue(v); no syntax element a probe reads may exceed an int. */
    int ue() {
        int leadingZeros = 0;
        while (bit() == 0) {
            leadingZeros++;
            if (leadingZeros > 31) {
                throw new InvalidBitstreamException("exp-Golomb code longer than 32 bits");
            }
        }
        long value = (1L << leadingZeros) - 1 + (bits(leadingZeros) & 0xffffffffL);
        if (value > Integer.MAX_VALUE) {
            throw new InvalidBitstreamException("exp-Golomb value out of range");
        }
        return (int) value;
    }

    /** Signed exp-Golomb, se(v). */
    int se() {
        int code = ue();
        return (code & 1) == 1 ? (code + 1) / 2 : -(code / 2);
    }

    private int bit() {
        int byteIndex = bitPosition >> 3;
        if (byteIndex >= data.length) {
            throw new InvalidBitstreamException("parameter set ends early at bit " + bitPosition);
        }
        int value = data[byteIndex] >> (7 - (bitPosition & 7)) & 1;
        bitPosition++;
        return value;
    }

    private static byte[] withoutEmulationPrevention(byte[] nal) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(nal.length);
        int zeros = 0;
        for (byte b : nal) {
            if (zeros >= 2 && b == 3) {
                zeros = 0;
                continue;
            }
            zeros = b == 0 ? zeros + 1 : 0;
            out.write(b);
        }
        return out.toByteArray();
    }
}
