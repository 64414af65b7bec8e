package io.ohmvision.channels.http;

import io.ohmvision.channels.PeerProtocolException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits a multipart/x-mixed-replace body (an MJPEG stream) into its parts. Parts with a Content-Length are read
 * by length; parts without one run to the next delimiter. Some cameras declare {@code boundary=--foo} and then
 * write {@code --foo} rather than {@code ----foo}; both are accepted. A part whose body does not end where its
 * Content-Length says (VLC starts each new client with a stale part header) is returned as it was announced, and
 * the reader finds the next delimiter in what follows.
 */
final class MultipartJpegReader {

    private static final int MAX_LINE = 1024;
    private static final int MAX_PART = 16 * 1024 * 1024;
    /** RFC 2046 allows 70 characters; some cameras add their own dashes. */
    static final int MAX_BOUNDARY = 100;
    /** A part names its type and length; a few more lines are vendor chatter, thousands are not a camera. */
    static final int MAX_HEADER_LINES = 64;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] quirkDelimiter;
    private boolean delimiterConsumed;
    private boolean closed;

    /** @param boundary at most {@value #MAX_BOUNDARY} characters (the caller checks) */
    MultipartJpegReader(InputStream body, String boundary) {
        this.in = new BufferedInputStream(body);
        this.delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.quirkDelimiter = boundary.startsWith("--") ? boundary.getBytes(StandardCharsets.ISO_8859_1) : delimiter;
    }

    /**
     * The next part's body, or null when the stream ended: a closing delimiter, or the connection ended, even
     * inside a part (ffmpeg, for one, writes a delimiter after every part and then just stops).
     */
    byte[] nextPart() throws IOException {
        if (!closed && !delimiterConsumed) {
            readToDelimiter(); // skips a preamble, or the rest of a part longer than its Content-Length said
        }
        if (closed) {
            return null;
        }
        int contentLength = -1;
        int lines = 0;
        for (String header = readLineOrNull(); header == null || !header.isEmpty(); header = readLineOrNull()) {
            if (header == null) {
                return null;
            }
            if (++lines > MAX_HEADER_LINES) {
                throw new PeerProtocolException("MJPEG part with more than " + MAX_HEADER_LINES + " header lines");
            }
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
                contentLength = parseLength(header.substring(colon + 1).strip());
            }
        }
        if (contentLength >= 0) {
            delimiterConsumed = false;
            byte[] part = in.readNBytes(contentLength);
            if (part.length < contentLength) {
                return null; // cut mid-part: the stream ended
            }
            return part;
        }
        delimiterConsumed = true;
        return readToDelimiter();
    }

    /**
     * Reads up to a line that starts with a delimiter, consumes that line, and returns what came before it;
     * null at the end of the connection. Either way notes whether the stream is closed.
     */
    private byte[] readToDelimiter() throws IOException {
        byte[] part = new byte[64 * 1024];
        int size = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (size == part.length) {
                if (size >= MAX_PART) {
                    throw new PeerProtocolException("MJPEG part larger than " + MAX_PART / (1024 * 1024) + " MB");
                }
                part = Arrays.copyOf(part, size * 2);
            }
            part[size++] = (byte) b;
            int cut = Math.max(delimiterStart(part, size, delimiter), delimiterStart(part, size, quirkDelimiter));
            if (cut >= 0) {
                String restOfDelimiterLine = readLineOrNull();
                closed = restOfDelimiterLine == null || restOfDelimiterLine.startsWith("--");
                return Arrays.copyOf(part, cut);
            }
        }
        closed = true;
        return null;
    }

    /** Where the line break before a delimiter that ends {@code bytes[0..size)} starts, or -1. */
    private static int delimiterStart(byte[] bytes, int size, byte[] delimiter) {
        int start = size - delimiter.length;
        if (start < 0 || start > 0 && bytes[start - 1] != '\n'
                || !Arrays.equals(bytes, start, size, delimiter, 0, delimiter.length)) {
            return -1;
        }
        if (start == 0) {
            return 0; // the delimiter opens what was read
        }
        return start >= 2 && bytes[start - 2] == '\r' ? start - 2 : start - 1;
    }

    private String readLineOrNull() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            if (line.size() >= MAX_LINE) {
                throw new PeerProtocolException("MJPEG part header line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        return null;
    }

    private static int parseLength(String value) throws PeerProtocolException {
        try {
            int length = Integer.parseInt(value);
            if (length >= 0 && length <= MAX_PART) {
                return length;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new PeerProtocolException("MJPEG part with an invalid Content-Length");
    }
}
