package io.ohmvision.channels.codec;

/**
 * The displayed picture size from a sequence parameter set (cropping applied) and the frame rate its timing info
 * announces.
 *
 * @param fps null when the parameter set carries no timing info
 */
public record PictureFormat(int width, int height, Double fps) {
}
