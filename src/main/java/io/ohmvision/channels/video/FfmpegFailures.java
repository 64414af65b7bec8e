package io.ohmvision.channels.video;

import io.ohmvision.channels.NetworkFailures;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.Verdict;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps what FFmpeg (through JavaCV) reports onto outcomes. Only the numeric error code is read from JavaCV's
 * message: the rest of it quotes the URL that was opened, credentials included, so it is never shown or kept.
 */
public final class FfmpegFailures {

    /** JavaCV writes "avformat_open_input() error -825242872: Could not open input ..." and the like. */
    private static final Pattern ERROR_CODE = Pattern.compile("\\berror (-\\d+)");

    // FFmpeg's own codes are negated four-character tags (libavutil/error.h)
    static final int HTTP_BAD_REQUEST = tag(0xF8, '4', '0', '0');
    static final int HTTP_UNAUTHORIZED = tag(0xF8, '4', '0', '1');
    static final int HTTP_FORBIDDEN = tag(0xF8, '4', '0', '3');
    static final int HTTP_NOT_FOUND = tag(0xF8, '4', '0', '4');
    static final int HTTP_OTHER_4XX = tag(0xF8, '4', 'X', 'X');
    static final int HTTP_SERVER_ERROR = tag(0xF8, '5', 'X', 'X');
    static final int INVALID_DATA = tag('I', 'N', 'D', 'A');
    static final int END_OF_FILE = tag('E', 'O', 'F', ' ');
    static final int PROTOCOL_NOT_FOUND = tag(0xF8, 'P', 'R', 'O');
    static final int DEMUXER_NOT_FOUND = tag(0xF8, 'D', 'E', 'M');
    static final int DECODER_NOT_FOUND = tag(0xF8, 'D', 'E', 'C');
    static final int STREAM_NOT_FOUND = tag(0xF8, 'S', 'T', 'R');
    // and negated Linux errno values
    static final int EPERM = -1;
    static final int ENOENT = -2;
    static final int EIO = -5;
    static final int EACCES = -13;
    static final int ENODEV = -19;
    static final int ENETUNREACH = -101;
    static final int ECONNRESET = -104;
    static final int ETIMEDOUT = -110;
    static final int ECONNREFUSED = -111;
    static final int EHOSTUNREACH = -113;

    private static final Map<Integer, Verdict> VERDICTS = Map.ofEntries(
            Map.entry(HTTP_BAD_REQUEST, new Verdict(Outcome.PROTOCOL_ERROR, "request rejected (400)")),
            Map.entry(HTTP_FORBIDDEN, new Verdict(Outcome.AUTH_FAILED, "access forbidden (403)")),
            Map.entry(HTTP_NOT_FOUND, new Verdict(Outcome.NOT_FOUND, "path not found (404)")),
            Map.entry(HTTP_OTHER_4XX, new Verdict(Outcome.PROTOCOL_ERROR, "request rejected (4xx)")),
            Map.entry(HTTP_SERVER_ERROR, new Verdict(Outcome.BUSY, "server error or unavailable (5xx)")),
            Map.entry(INVALID_DATA, new Verdict(Outcome.PROTOCOL_ERROR,
                    "invalid data: the peer's answer is not a stream FFmpeg can read")),
            Map.entry(END_OF_FILE, new Verdict(Outcome.PROTOCOL_ERROR, "the stream ended before a video frame")),
            Map.entry(PROTOCOL_NOT_FOUND, new Verdict(Outcome.UNSUPPORTED, "FFmpeg has no protocol for this URL")),
            Map.entry(DEMUXER_NOT_FOUND, new Verdict(Outcome.UNSUPPORTED, "FFmpeg has no demuxer for this input")),
            Map.entry(DECODER_NOT_FOUND, new Verdict(Outcome.UNSUPPORTED, "FFmpeg has no decoder for this codec")),
            Map.entry(STREAM_NOT_FOUND, new Verdict(Outcome.PROTOCOL_ERROR, "the input has no usable stream")),
            // FFmpeg's RTMP client returns EPERM when play is answered with an error status; nginx-rtmp sends
            // NetStream.Play.StreamNotFound ("No such stream") there for a stream nobody publishes
            Map.entry(EPERM, new Verdict(Outcome.NOT_FOUND, "the server refused to play this stream (no such stream?)")),
            Map.entry(ENOENT, new Verdict(Outcome.NOT_FOUND, "no such file or device")),
            Map.entry(ENODEV, new Verdict(Outcome.NOT_FOUND, "no such device")),
            Map.entry(EACCES, new Verdict(Outcome.AUTH_FAILED, "permission denied")),
            Map.entry(EIO, new Verdict(Outcome.PROTOCOL_ERROR, "the peer closed the connection or the input failed")));

    private FfmpegFailures() {
    }

    /**
     * @param grabberMessage the message of a JavaCV exception; read for its error code only
     * @param hadCredentials whether credentials were sent, to tell "wrong password" from "needs a password"
     */
    public static Verdict classify(String grabberMessage, boolean hadCredentials, Duration timeout) {
        Optional<Integer> code = errorCode(grabberMessage);
        if (code.isEmpty()) {
            return new Verdict(Outcome.UNSUPPORTED, "FFmpeg cannot open this input");
        }
        int error = code.get();
        if (error == HTTP_UNAUTHORIZED) {
            return new Verdict(Outcome.AUTH_FAILED, hadCredentials
                    ? "wrong user name or password (401)" : "credentials required (401)");
        }
        Verdict known = VERDICTS.get(error);
        if (known != null) {
            return known;
        }
        return networkFailure(error).map(failure -> NetworkFailures.classify(failure, timeout))
                .orElseGet(() -> new Verdict(Outcome.PROTOCOL_ERROR, "FFmpeg error " + error));
    }

    static Optional<Integer> errorCode(String grabberMessage) {
        Matcher m = grabberMessage == null ? null : ERROR_CODE.matcher(grabberMessage);
        return m != null && m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** Socket errors are worded the same for every connection type, so they go through {@link NetworkFailures}. */
    private static Optional<IOException> networkFailure(int error) {
        return Optional.ofNullable(switch (error) {
            case ECONNREFUSED -> new ConnectException();
            case ETIMEDOUT -> new SocketTimeoutException();
            case EHOSTUNREACH -> new NoRouteToHostException();
            case ENETUNREACH -> new SocketException("network unreachable");
            case ECONNRESET -> new SocketException("connection reset");
            default -> null;
        });
    }

    private static int tag(int a, int b, int c, int d) {
        return -(a | b << 8 | c << 16 | d << 24);
    }
}
