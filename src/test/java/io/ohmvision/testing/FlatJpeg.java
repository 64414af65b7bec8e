package io.ohmvision.testing;

import java.io.ByteArrayOutputStream;

/**
 * A valid baseline JPEG of any size with almost no bytes: one grey component whose Huffman tables have a single
 * one-bit code each (DC difference 0, end of block), so every 8x8 block is two zero bits and the scan is only zero
 * bytes. A 12000x12000 picture is 563 kB; decoding it still costs its full size, which is what hostile-camera tests
 * need.
 */
public final class FlatJpeg {

    private FlatJpeg() {
    }

    public static byte[] of(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        marker(out, 0xD8);
        segment(out, 0xC0, new int[] {8, height >> 8, height & 0xFF, width >> 8, width & 0xFF, 1, 1, 0x11, 0});
        int[] quantisation = new int[65];
        java.util.Arrays.fill(quantisation, 1, 65, 1);
        segment(out, 0xDB, quantisation);
        segment(out, 0xC4, huffmanTable(0x00));
        segment(out, 0xC4, huffmanTable(0x10));
        segment(out, 0xDA, new int[] {1, 1, 0x00, 0, 63, 0});
        long blocks = (long) ((width + 7) / 8) * ((height + 7) / 8);
        out.writeBytes(new byte[(int) ((2 * blocks + 7) / 8)]);
        marker(out, 0xD9);
        return out.toByteArray();
    }

    /** Class and id, one code of length 1, for symbol 0 (DC: difference 0; AC: end of block). */
    private static int[] huffmanTable(int classAndId) {
        int[] table = new int[1 + 16 + 1];
        table[0] = classAndId;
        table[1] = 1;
        return table;
    }

    private static void marker(ByteArrayOutputStream out, int marker) {
        out.write(0xFF);
        out.write(marker);
    }

    private static void segment(ByteArrayOutputStream out, int marker, int[] payload) {
        marker(out, marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        for (int b : payload) {
            out.write(b);
        }
    }
}
