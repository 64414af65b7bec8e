package io.ohmvision.channels.rtsp;

import io.ohmvision.channels.PeerProtocolException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one RTSP reply (RFC 2326 7) from a stream. Limits are explicit so a hostile or broken peer cannot make a
 * probe buffer without bound; deadlines are the stream's business (see {@code DeadlineInputStream}).
 */
final class RtspResponseReader {

    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Pattern STATUS_LINE = Pattern.compile("^RTSP/1\\.\\d (\\d{3})(?: .*)?$");
    private static final Pattern OTHER_PROTOCOL = Pattern.compile("^(HTTP/\\d\\.\\d) \\d{3}.*");

    private RtspResponseReader() {
    }

    /** @throws ClosedBeforeReplyException when the peer closed the connection before sending a single byte */
    static RtspResponse read(InputStream in) throws IOException {
        HeaderBlock block = new HeaderBlock();
        String statusLine = block.line(in, true);
        Matcher status = STATUS_LINE.matcher(statusLine);
        if (!status.matches()) {
            Matcher other = OTHER_PROTOCOL.matcher(statusLine);
            throw new PeerProtocolException(other.matches()
                    ? "not an RTSP server (answered " + other.group(1) + ")"
                    : "not an RTSP reply (unexpected status line)");
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line = block.line(in, false); !line.isEmpty(); line = block.line(in, false)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new PeerProtocolException("malformed RTSP header line");
            }
            headers.add(Map.entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        RtspResponse withoutBody = new RtspResponse(Integer.parseInt(status.group(1)), List.copyOf(headers), new byte[0]);
        return new RtspResponse(withoutBody.status(), withoutBody.headers(), body(in, withoutBody));
    }

    private static byte[] body(InputStream in, RtspResponse head) throws IOException {
        String contentLength = head.header("Content-Length").orElse(null);
        if (contentLength == null) {
            // Some cameras send the SDP without a length and close the connection after it.
            return head.header("Content-Type").isPresent() ? readToEnd(in) : new byte[0];
        }
        int length;
        try {
            length = Integer.parseInt(contentLength.strip());
        } catch (NumberFormatException notANumber) {
            throw new PeerProtocolException("malformed Content-Length");
        }
        if (length < 0 || length > MAX_BODY_BYTES) {
            throw new PeerProtocolException("reply body of " + length + " bytes is out of bounds");
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("body shorter than Content-Length");
        }
        return body;
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new PeerProtocolException("reply body without length exceeds " + MAX_BODY_BYTES + " bytes");
        }
        return body;
    }

    /** Counts header bytes across lines so the whole header block stays under its limit. */
    private static final class HeaderBlock {
        private int bytesRead;

        String line(InputStream in, boolean first) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                int b = in.read();
                if (b < 0) {
                    if (first && bytesRead == 0) {
                        throw new ClosedBeforeReplyException();
                    }
                    throw new EOFException("connection closed inside the reply header");
                }
                if (++bytesRead > MAX_HEADER_BYTES) {
                    throw new PeerProtocolException("reply header exceeds " + MAX_HEADER_BYTES + " bytes");
                }
                if (b == '\n') {
                    return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                }
                if (b == 0 && first) {
                    throw new PeerProtocolException("not an RTSP reply (binary data)");
                }
                line.write(b);
            }
        }
    }
}
