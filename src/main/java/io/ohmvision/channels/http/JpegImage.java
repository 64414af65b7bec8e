package io.ohmvision.channels.http;

import io.ohmvision.channels.PeerProtocolException;

/**
 * A JPEG checked for the structure a decoder needs (start of image, a frame header before the scan, end of
 * image), without decoding it. Cameras that fail send HTML error pages or truncated images under image/jpeg.
 */
record JpegImage(int width, int height) {

    private static final int MARKER = 0xFF;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int TEM = 0x01;

    /** The cheap check for replies that do not say image/jpeg: starts with SOI and ends with EOI. */
    static boolean looksLikeJpeg(byte[] bytes) {
        int end = endWithoutPadding(bytes);
        return end >= 4 && u8(bytes, 0) == MARKER && u8(bytes, 1) == SOI
                && u8(bytes, end - 2) == MARKER && u8(bytes, end - 1) == EOI;
    }

    static JpegImage parse(byte[] bytes) throws PeerProtocolException {
        if (bytes.length < 4 || u8(bytes, 0) != MARKER || u8(bytes, 1) != SOI) {
            throw new PeerProtocolException("not a JPEG: no start-of-image marker");
        }
        int end = endWithoutPadding(bytes);
        if (u8(bytes, end - 2) != MARKER || u8(bytes, end - 1) != EOI) {
            throw new PeerProtocolException("truncated JPEG: no end-of-image marker");
        }
        return frameHeader(bytes, end);
    }

    /** Walks the marker segments up to the first scan; the frame header (SOFn) must come before it. */
    private static JpegImage frameHeader(byte[] bytes, int end) throws PeerProtocolException {
        int at = 2;
        while (at + 4 <= end) {
            if (u8(bytes, at) != MARKER) {
                throw new PeerProtocolException("corrupt JPEG: garbage between marker segments");
            }
            int marker = u8(bytes, at + 1);
            if (marker == MARKER) {
                at++; // fill byte
                continue;
            }
            if (marker == TEM || marker >= 0xD0 && marker <= 0xD7) {
                at += 2;
                continue;
            }
            if (marker == SOS) {
                break;
            }
            int length = u16(bytes, at + 2);
            if (length < 2 || at + 2 + length > end) {
                throw new PeerProtocolException("corrupt JPEG: a marker segment runs past the end");
            }
            if (isStartOfFrame(marker)) {
                if (length < 8) {
                    throw new PeerProtocolException("corrupt JPEG: frame header too short");
                }
                int height = u16(bytes, at + 5);
                int width = u16(bytes, at + 7);
                if (width == 0 || height == 0) {
                    throw new PeerProtocolException("corrupt JPEG: frame header says " + width + "x" + height);
                }
                return new JpegImage(width, height);
            }
            at += 2 + length;
        }
        throw new PeerProtocolException("corrupt JPEG: no frame header before the image data");
    }

    /** SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** Some cameras end a snapshot or an MJPEG part with CR LF or zero padding after the EOI. */
    private static int endWithoutPadding(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\r' || bytes[end - 1] == '\n' || bytes[end - 1] == 0)) {
            end--;
        }
        return end;
    }

    private static int u8(byte[] bytes, int at) {
        return bytes[at] & 0xFF;
    }

    private static int u16(byte[] bytes, int at) {
        return u8(bytes, at) << 8 | u8(bytes, at + 1);
    }
}
