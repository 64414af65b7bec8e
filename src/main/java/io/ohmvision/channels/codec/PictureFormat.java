package io.ohmvision.channels.codec;

/**
 * The displayed picture size from a sequence parameter set (cropping applied) and the frame rate its timing info
 * announces.
 *
 * @param fps null when the parameter set carries no timing info, or a rate no camera sends
 */
public record PictureFormat(int width, int height, Double fps) {

    /** Wider or taller than any level of H.264 or H.265 allows (about 16,900): not a camera's picture. */
    static final long MAX_SIDE = 32_768;
    private static final double MAX_FPS = 1_000;

    /** The format, when the sizes a parameter set gave (after cropping) are a picture at all. */
    static PictureFormat checked(long width, long height, Double fps) {
        if (width <= 0 || height <= 0) {
            throw new InvalidBitstreamException("cropping leaves no picture");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new InvalidBitstreamException("picture size out of range");
        }
        return new PictureFormat((int) width, (int) height, fps == null || fps <= 0 || fps > MAX_FPS ? null : fps);
    }
}
