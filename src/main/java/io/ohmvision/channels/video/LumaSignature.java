package io.ohmvision.channels.video;

import java.nio.ByteBuffer;

/**
 * The mean luma of a 16x16 grid over a picture: cheap enough for every decoded frame, coarse enough that encoder
 * noise averages out inside a cell while anything that moves changes at least one cell clearly.
 */
final class LumaSignature {

    static final int GRID = 16;
    /** Largest change of one cell's mean (0-255) still read as "the same picture": re-encoding noise stays below. */
    static final int NOISE_TOLERANCE = 6;

    private final int[] cells;

    private LumaSignature(int[] cells) {
        this.cells = cells;
    }

    /**
     * @param pixels   packed 8-bit pixels, BGR when {@code channels} is 3 or more, grey when 1
     * @param stride   bytes per row
     */
    static LumaSignature of(ByteBuffer pixels, int width, int height, int stride, int channels) {
        long[] sums = new long[GRID * GRID];
        long[] counts = new long[GRID * GRID];
        for (int y = 0; y < height; y++) {
            int row = y * stride;
            int cellRow = y * GRID / height * GRID;
            for (int x = 0; x < width; x++) {
                int at = row + x * channels;
                int cell = cellRow + x * GRID / width;
                sums[cell] += luma(pixels, at, channels);
                counts[cell]++;
            }
        }
        int[] cells = new int[GRID * GRID];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = counts[i] == 0 ? 0 : (int) (sums[i] / counts[i]);
        }
        return new LumaSignature(cells);
    }

    boolean sameAs(LumaSignature other) {
        for (int i = 0; i < cells.length; i++) {
            if (Math.abs(cells[i] - other.cells[i]) > NOISE_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    private static int luma(ByteBuffer pixels, int at, int channels) {
        if (channels < 3) {
            return pixels.get(at) & 0xff;
        }
        int blue = pixels.get(at) & 0xff;
        int green = pixels.get(at + 1) & 0xff;
        int red = pixels.get(at + 2) & 0xff;
        return (29 * blue + 150 * green + 77 * red) >> 8; // BT.601 weights in 1/256
    }
}
