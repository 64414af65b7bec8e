package io.ohmvision.channels.rtsp;

import io.ohmvision.channels.Deadline;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.channels.StreamUrl;
import java.io.Closeable;
import java.io.IOException;
import java.net.SocketException;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;

/**
 * The requests of one probe against one URL: sequence numbers, authentication and reconnects.
 * <p>
 * Authentication follows what cameras do rather than what the RFC allows: a 401 is answered once with the strongest
 * challenge; later requests reuse that challenge pre-emptively; a 401 or 403 to a reused nonce gets one fresh
 * handshake (Dahua NVRs answer 403 to a cached nonce). A server that closes a connection we already used is given
 * the request again on a new connection (VStarcam closes after DESCRIBE, some after a 401).
 */
final class RtspSession implements Closeable {

    private static final String USER_AGENT = "OhmVision";

    private final String requestUrl;
    private final StreamUrl url;
    private final Authorizer authorizer;
    private final Deadline deadline;
    private final SSLSocketFactory tls;
    private RtspConnection connection;
    private int cseq;
    private String lastAuthScheme;
    private List<AuthChallenge> lastChallenges = List.of();
    private ServerFingerprint fingerprint = ServerFingerprint.NONE;

    RtspSession(StreamUrl url, Authorizer authorizer, Deadline deadline, SSLSocketFactory tls) {
        this.url = url.withoutCredentials();
        // The digest uri is this exact string: the full request URL without credentials.
        this.requestUrl = this.url.toConnectString();
        this.authorizer = authorizer;
        this.deadline = deadline;
        this.tls = tls;
    }

    RtspResponse request(String method, String accept) throws IOException {
        RtspResponse response = send(method, accept);
        if (response.status() == 403 && lastAuthScheme != null) {
            authorizer.forget(); // the cached nonce was refused: start over without it
            response = send(method, accept);
        }
        if (response.status() == 401 && authorizer.hasCredentials()) {
            Optional<AuthChallenge> chosen = AuthChallenge.strongest(lastChallenges);
            if (chosen.isPresent()) {
                authorizer.answer(chosen.get());
                response = send(method, accept);
            }
        }
        return response;
    }

    /** The scheme of the Authorization sent with the last request, null when it went without. */
    String lastAuthScheme() {
        return lastAuthScheme;
    }

    /** The challenges of the last 401, empty otherwise. */
    List<AuthChallenge> lastChallenges() {
        return lastChallenges;
    }

    ServerFingerprint fingerprint() {
        return fingerprint;
    }

    private RtspResponse send(String method, String accept) throws IOException {
        if (connection == null) {
            connection = RtspConnection.open(url, deadline, tls);
        }
        RtspResponse response;
        try {
            response = connection.exchange(format(method, accept));
        } catch (ClosedBeforeReplyException | SocketException closedByServer) {
            if (!connection.wasUsedBefore()) {
                throw closedByServer;
            }
            connection.close();
            connection = RtspConnection.open(url, deadline, tls);
            response = connection.exchange(format(method, accept));
        }
        if (response.asksToClose()) {
            close();
        }
        remember(response);
        return response;
    }

    private String format(String method, String accept) {
        Optional<String> authorization = authorizer.header(method, requestUrl);
        lastAuthScheme = authorization.isPresent() ? authorizer.schemeName().orElseThrow() : null;
        StringBuilder request = new StringBuilder()
                .append(method).append(' ').append(requestUrl).append(" RTSP/1.0\r\n")
                .append("CSeq: ").append(++cseq).append("\r\n")
                .append("User-Agent: ").append(USER_AGENT).append("\r\n");
        if (accept != null) {
            request.append("Accept: ").append(accept).append("\r\n");
        }
        authorization.ifPresent(value -> request.append("Authorization: ").append(value).append("\r\n"));
        return request.append("\r\n").toString();
    }

    private void remember(RtspResponse response) {
        fingerprint = fingerprint.withServer(response.header("Server").orElse(null));
        lastChallenges = response.status() == 401
                ? AuthChallenge.parseAll(response.headers("WWW-Authenticate"))
                : List.of();
        Optional<AuthChallenge> strongest = AuthChallenge.strongest(lastChallenges);
        fingerprint = fingerprint.withRealm(strongest.or(() -> lastChallenges.stream().findFirst())
                .map(AuthChallenge::realm).orElse(null));
    }

    @Override
    public void close() throws IOException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
