package io.ohmvision.channels.codec;

/** A parameter set that cannot be read: truncated, or a value out of its allowed range. */
public class InvalidBitstreamException extends RuntimeException {

    public InvalidBitstreamException(String message) {
        super(message);
    }
}
