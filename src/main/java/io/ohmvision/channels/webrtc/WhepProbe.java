package io.ohmvision.channels.webrtc;

import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Deadline;
import io.ohmvision.channels.DeviceOrigin;
import io.ohmvision.channels.NetworkFailures;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeRun;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.channels.Verdict;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WHEP (WebRTC-HTTP egress, draft-ietf-wish-whep) probe: POSTs a recvonly offer, expects 201 Created with a
 * Location and an SDP answer, reads the codecs, sources and candidates of the answer, then DELETEs the session so
 * that the server does not keep a viewer slot for a probe. Neither ICE nor DTLS runs, so an OK proves signalling
 * only, and the reason says so.
 */
public final class WhepProbe implements ChannelProbe {

    private static final String SDP = "application/sdp";
    /** Answers of real servers are 1 to 10 kB; anything far larger is not an answer. */
    private static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Pattern REALM = Pattern.compile("realm=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();
    /** One certificate serves every offer: no DTLS handshake ever uses it. */
    private final String fingerprint;

    /** Verifies https certificates against the JVM's trust store. */
    public WhepProbe() {
        this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** @param http the client to use, e.g. one trusting a site's own CA; it should not follow redirects */
    public WhepProbe(HttpClient http) {
        this.http = Objects.requireNonNull(http, "http");
        this.fingerprint = ThrowawayCertificate.create(random).sha256Fingerprint();
    }

    @Override
    public ConnectionType type() {
        return ConnectionType.WEBRTC;
    }

    @Override
    public ProbeResult probe(ProbeTarget target) {
        return ProbeRun.open(this, target, "WHEP URL", this::offer);
    }

    /** The offer, then the answer and the deletion of the session. */
    private ProbeResult offer(ProbeRun run) {
        ProbeTarget target = run.target();
        Deadline deadline = run.deadline();
        URI endpoint;
        try {
            endpoint = URI.create(run.url().toConnectString());
        } catch (IllegalArgumentException notAUri) {
            return run.failed(new Verdict(Outcome.UNSUPPORTED, "the URL has characters HTTP does not allow"),
                    ServerFingerprint.NONE);
        }
        Optional<WhepAuthorization> authorization = WhepAuthorization.of(target.username(), target.password());
        try {
            HttpRequest.Builder offer = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", SDP)
                    .header("Accept", SDP)
                    .POST(HttpRequest.BodyPublishers.ofString(WhepOffer.recvOnly(fingerprint, random)));
            HttpResponse<String> created = send(offer, authorization, deadline);
            ServerFingerprint server = fingerprint(created);
            if (created.statusCode() != 201) {
                Verdict verdict = WhepStatus.verdict(created.statusCode(),
                        authorization.map(WhepAuthorization::scheme).orElse(null));
                return run.failed(verdict, server);
            }
            return answered(run, endpoint, created, authorization, server);
        } catch (IOException failed) {
            return run.failed(NetworkFailures.classify(failed, target.timeout()), ServerFingerprint.NONE);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return run.failed(new Verdict(Outcome.TIMEOUT, "probe interrupted"), ServerFingerprint.NONE);
        }
    }

    private ProbeResult answered(ProbeRun run, URI endpoint, HttpResponse<String> created,
                                 Optional<WhepAuthorization> authorization, ServerFingerprint server) {
        Optional<URI> session = sessionUri(endpoint, created);
        Optional<String> elsewhere = session.flatMap(uri -> DeviceOrigin.of(endpoint.getHost())
                .refusal("the Location of the session", uri.toString()));
        String deletion = elsewhere.map(refusal -> "; " + refusal + ", the session will expire on its own")
                .orElseGet(() -> session.map(uri -> delete(uri, endpoint, authorization, run.deadline()))
                        .orElse("; no valid Location, so the session could not be deleted"));
        String contentType = created.headers().firstValue("Content-Type").orElse("");
        Optional<WhepAnswer> answer = contentType.toLowerCase(Locale.ROOT).startsWith(SDP)
                ? WhepAnswer.parse(created.body()) : Optional.empty();
        if (answer.isEmpty()) {
            return run.failed(new Verdict(Outcome.PROTOCOL_ERROR, "201 Created without an SDP answer" + deletion),
                    server);
        }
        if (session.isEmpty()) {
            return run.result(new Verdict(Outcome.PROTOCOL_ERROR,
                    "201 Created without a valid Location header" + deletion), answer.get().media(), server);
        }
        if (!answer.get().sendsMedia()) {
            return run.failed(new Verdict(Outcome.UNSUPPORTED,
                    "the answer accepts none of the offered codecs (H.264, VP8, Opus)" + deletion), server);
        }
        return run.result(new Verdict(Outcome.OK, "WHEP session created: answer offers "
                + answer.get().summary() + " (signalling only; media not checked)" + deletion),
                answer.get().media(), server);
    }

    private static Optional<URI> sessionUri(URI endpoint, HttpResponse<String> created) {
        try {
            return created.headers().firstValue("Location").map(location -> endpoint.resolve(URI.create(location)));
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }

    /**
     * Frees the session; its failure does not change the outcome, since the stream did answer, but the reason
     * tells it. Credentials go only to the endpoint's own origin: a Location on another port gets a bare DELETE
     * (one on another host none at all).
     *
     * @return "" when deleted, else a clause for the reason
     */
    private String delete(URI session, URI endpoint, Optional<WhepAuthorization> authorization, Deadline deadline) {
        Optional<WhepAuthorization> sameOrigin = DeviceOrigin.sameOrigin(session, endpoint) ? authorization
                : Optional.empty();
        try {
            int status = send(HttpRequest.newBuilder(session).DELETE(), sameOrigin, deadline).statusCode();
            return status / 100 == 2 ? "" : "; DELETE answered " + status + ", the session will expire on its own";
        } catch (IOException failed) {
            return "; the session could not be deleted (" + NetworkFailures.classify(failed, deadline.remaining())
                    .outcome().name().toLowerCase(Locale.ROOT) + ")";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "; the session was not deleted (interrupted)";
        }
    }

    /** Sends within what is left of the deadline, which also bounds the body, not just the headers. */
    private HttpResponse<String> send(HttpRequest.Builder request, Optional<WhepAuthorization> authorization,
                                      Deadline deadline) throws IOException, InterruptedException {
        Duration left = Duration.ofMillis(deadline.remainingMillisOrThrow());
        authorization.ifPresent(a -> request.header("Authorization", a.header()));
        CompletableFuture<HttpResponse<String>> response =
                http.sendAsync(request.timeout(left).build(), BoundedBody.upTo(MAX_BODY_BYTES));
        try {
            return response.get(left.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            response.cancel(true);
            throw new SocketTimeoutException("deadline passed");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("HTTP exchange failed", failed.getCause());
        }
    }

    private static ServerFingerprint fingerprint(HttpResponse<String> response) {
        String realm = response.headers().firstValue("WWW-Authenticate").map(REALM::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).orElse(null);
        return ServerFingerprint.NONE.withServer(response.headers().firstValue("Server").orElse(null)).withRealm(realm);
    }
}
