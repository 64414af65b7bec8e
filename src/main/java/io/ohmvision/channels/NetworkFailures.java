package io.ohmvision.channels;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Maps what the JDK throws while talking to a camera onto outcomes, the same way for every connection type. */
public final class NetworkFailures {

    private NetworkFailures() {
    }

    public static Verdict classify(IOException failure, Duration timeout) {
        // InterruptedIOException covers Apache HttpClient's connect timeouts and requests aborted at the deadline;
        // the JDK client's timeouts are HttpTimeoutExceptions
        if (failure instanceof InterruptedIOException || failure instanceof HttpTimeoutException) {
            return new Verdict(Outcome.TIMEOUT, "no complete answer within " + timeout.toMillis() + " ms");
        }
        if (failure instanceof ConnectException || failure instanceof PortUnreachableException) {
            return new Verdict(Outcome.REFUSED, "connection refused (nothing listens on that port)");
        }
        if (failure instanceof NoRouteToHostException) {
            return new Verdict(Outcome.UNREACHABLE, "no route to host");
        }
        if (failure instanceof UnknownHostException) {
            return new Verdict(Outcome.UNREACHABLE, "unknown host name");
        }
        if (failure instanceof SSLException) {
            return new Verdict(Outcome.TLS_ERROR, "TLS handshake failed (" + oneLine(failure.getMessage()) + ")");
        }
        if (failure instanceof PeerProtocolException) {
            return new Verdict(Outcome.PROTOCOL_ERROR, failure.getMessage());
        }
        if (failure instanceof EOFException) {
            return new Verdict(Outcome.PROTOCOL_ERROR, "connection closed in the middle of a reply");
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage().toLowerCase(Locale.ROOT);
        if (failure instanceof SocketException && (message.contains("unreachable") || message.contains("host is down"))) {
            return new Verdict(Outcome.UNREACHABLE, "network or host unreachable");
        }
        if (failure instanceof SocketException && message.contains("reset")) {
            return new Verdict(Outcome.PROTOCOL_ERROR, "connection reset by the peer");
        }
        return new Verdict(Outcome.PROTOCOL_ERROR, "network error (" + failure.getClass().getSimpleName() + ")");
    }

    /** JDK TLS messages are local text, but some run over several lines or hundreds of characters. */
    private static String oneLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
