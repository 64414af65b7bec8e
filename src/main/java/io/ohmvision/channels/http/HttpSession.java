package io.ohmvision.channels.http;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Deadline;
import io.ohmvision.channels.DeviceOrigin;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.NetworkFailures;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.auth.AuthChallenge;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.ChallengeType;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.AuthChallengeParser;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.CredentialsProviderBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.message.ParserCursor;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP side of one probe: Apache HttpClient with the target's credentials (it answers Basic and Digest
 * challenges itself), the target's TLS trust, and every request cut off at the probe's deadline. It also collects
 * what the camera says about itself (Server header, realm, certificate) and turns failures into verdicts, the
 * same way for every probe built on HTTP.
 */
public final class HttpSession implements AutoCloseable {

    /** Reads a successful reply's body; it may stop at any point, the connection is dropped afterwards. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(ContentType contentType, InputStream body) throws IOException;
    }

    /** What a probe does over its session; anything it throws becomes the result's verdict. */
    @FunctionalInterface
    public interface Exchange {
        ProbeResult run(HttpSession session, URI uri) throws IOException;
    }

    private static final String USER_AGENT = "OhmVision";
    /** Redirects followed per request, all on the camera's own host. */
    static final int MAX_REDIRECTS = 3;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<String> HTTP_SCHEMES = Set.of("http", "https");

    private final ConnectionType channel;
    private final ProbeTarget target;
    private final Deadline deadline;
    private final CertificateCheck certificates;
    private final CloseableHttpClient client;
    private final HttpClientContext context = HttpClientContext.create();
    /** The camera's URL: its host is where redirects may lead, its origin where the credentials may go. */
    private final URI cameraUri;
    private final DeviceOrigin camera;
    private volatile String server;
    private volatile String realm;
    private volatile String lastAuthScheme;

    private HttpSession(ConnectionType channel, ProbeTarget target, URI cameraUri) {
        this.channel = channel;
        this.target = target;
        this.cameraUri = cameraUri;
        this.camera = DeviceOrigin.of(cameraUri != null && cameraUri.getHost() != null ? cameraUri.getHost()
                : target.streamUrl().host());
        this.deadline = Deadline.after(target.timeout());
        this.certificates = new CertificateCheck(target.tlsTrust());
        this.client = newClient();
    }

    /**
     * Runs one probe: the deadline starts now, a URL with another scheme is UNSUPPORTED, and every failure is
     * turned into a result, so a probe never throws.
     *
     * @param schemes the URL schemes this probe serves
     */
    public static ProbeResult probe(ConnectionType channel, ProbeTarget target, Set<String> schemes, Exchange exchange) {
        Optional<URI> uri = uriOf(target);
        try (HttpSession session = new HttpSession(channel, target, uri.orElse(null))) {
            if (!schemes.contains(target.streamUrl().scheme()) || uri.isEmpty()) {
                String wanted = schemes.stream().sorted().map(scheme -> scheme + "://").collect(Collectors.joining(" or "));
                return session.result(new Verdict(Outcome.UNSUPPORTED, "not a valid " + wanted + " URL"), MediaFacts.NONE);
            }
            try {
                return exchange.run(session, uri.get());
            } catch (IOException failed) {
                return session.result(session.verdictFor(failed), MediaFacts.NONE);
            }
        }
    }

    /** The URL to request as a URI (query credentials filled in), empty when it holds characters a URI may not. */
    private static Optional<URI> uriOf(ProbeTarget target) {
        try {
            return Optional.of(new URI(target.connectUrl()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Of the whole probe. */
    public Deadline deadline() {
        return deadline;
    }

    /**
     * GETs the URI and hands a successful reply to the reader. Redirects are followed at most
     * {@value #MAX_REDIRECTS} times and only on the camera's own host ({@link DeviceOrigin}); the credentials go only
     * to the origin (scheme, host, port) of the camera's URL, never after a redirect to another port or scheme.
     *
     * @throws UnwantedStatusException when the final status (after any auth round) is not a success, or a redirect
     *                                 is not followed
     * @throws SocketTimeoutException  when the deadline passed, whatever the request was doing then
     */
    public <T> T get(URI uri, BodyReader<T> reader) throws IOException {
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            HttpGet request = new HttpGet(current);
            int left = deadline.remainingMillisOrThrow();
            request.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofMilliseconds(left)).build());
            // socket timeouts restart with every byte; only cancelling the request bounds a peer that trickles
            CompletableFuture<Void> cancelAtDeadline = CompletableFuture.runAsync(request::cancel,
                    CompletableFuture.delayedExecutor(left, TimeUnit.MILLISECONDS));
            lastAuthScheme = null;
            try {
                // a null host makes the client take it from the URI (and wrap a bad URI as an IOException)
                ClassicHttpResponse response = client.executeOpen(null, request, credentialsFor(current));
                try {
                    Optional<URI> next = redirect(current, response, redirects);
                    if (next.isEmpty()) {
                        return readSuccess(response, reader);
                    }
                    current = next.get();
                } finally {
                    // camera streams never end, and closing a reply drains it: cut the connection instead
                    request.cancel();
                    closeCut(response);
                }
            } catch (IOException failed) {
                if (deadline.hasPassed()) {
                    throw new SocketTimeoutException("deadline passed");
                }
                throw failed;
            } finally {
                cancelAtDeadline.cancel(false);
            }
        }
    }

    /** The context of a request: the session's, with the credentials, only on the camera URL's own origin. */
    private HttpClientContext credentialsFor(URI uri) {
        if (DeviceOrigin.sameOrigin(uri, cameraUri)) {
            return context;
        }
        HttpClientContext bare = HttpClientContext.create();
        bare.setCredentialsProvider(new BasicCredentialsProvider());
        return bare;
    }

    /**
     * Where a redirect leads, when it is followed; empty when the reply is not a redirect.
     *
     * @throws UnwantedStatusException when the redirect is not followed: another host, another scheme, too many
     */
    private Optional<URI> redirect(URI from, ClassicHttpResponse response, int redirectsSoFar)
            throws UnwantedStatusException {
        Header location = response.getFirstHeader(HttpHeaders.LOCATION);
        if (!REDIRECTS.contains(response.getCode()) || location == null) {
            return Optional.empty();
        }
        String what = "a redirect (" + response.getCode() + ")";
        URI next;
        try {
            next = from.resolve(location.getValue().strip());
        } catch (IllegalArgumentException notAUri) {
            throw new UnwantedStatusException(new Verdict(Outcome.PROTOCOL_ERROR, what + " to "
                    + DeviceOrigin.shown(location.getValue()) + ", which is not a URI"));
        }
        Optional<String> refusal = camera.refusal(what, next.toString());
        if (refusal.isPresent()) {
            throw new UnwantedStatusException(new Verdict(Outcome.NOT_FOUND, refusal.get()));
        }
        if (!HTTP_SCHEMES.contains(String.valueOf(next.getScheme()).toLowerCase(Locale.ROOT))) {
            throw new UnwantedStatusException(new Verdict(Outcome.NOT_FOUND, what + " to "
                    + DeviceOrigin.shown(next.toString()) + " (not http or https): not followed"));
        }
        if (redirectsSoFar == MAX_REDIRECTS) {
            throw new UnwantedStatusException(new Verdict(Outcome.NOT_FOUND, "more than " + MAX_REDIRECTS
                    + " redirects: not followed"));
        }
        return Optional.of(next);
    }

    private <T> T readSuccess(ClassicHttpResponse response, BodyReader<T> reader) throws IOException {
        if (!HttpStatus.isSuccess(response.getCode())) {
            throw new UnwantedStatusException(HttpStatus.verdict(response.getCode(), lastAuthScheme));
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            throw new PeerProtocolException("the reply has no body (" + response.getCode() + ")");
        }
        return reader.read(ContentType.parseLenient(entity.getContentType()), entity.getContent());
    }

    private static void closeCut(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException expected) {
            // the connection was cut on purpose just before; the reply was already read or rejected
        }
    }

    /** The verdict for anything {@link #get} or a body reader threw. */
    private Verdict verdictFor(IOException failure) {
        if (failure instanceof UnwantedStatusException unwanted) {
            return unwanted.verdict();
        }
        if (failure instanceof SSLException && certificates.refusal() != null) {
            return new Verdict(Outcome.TLS_ERROR, certificates.refusal());
        }
        return NetworkFailures.classify(failure, target.timeout());
    }

    private ServerFingerprint fingerprint() {
        return ServerFingerprint.NONE.withServer(server).withRealm(realm)
                .withCertificateSha256(certificates.presentedSha256());
    }

    public ProbeResult result(Verdict verdict, MediaFacts media) {
        return new ProbeResult(channel, target.maskedUrl(), verdict.outcome(), deadline.elapsedMillis(), media,
                verdict.reason(), fingerprint());
    }

    /** Immediate: every connection was already cut after its reply, so there is nothing to close gracefully. */
    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }

    private CloseableHttpClient newClient() {
        Timeout budget = Timeout.ofMilliseconds(target.timeout().toMillis());
        BasicHttpClientConnectionManager connections = BasicHttpClientConnectionManager.create(
                RegistryBuilder.<TlsSocketStrategy>create().register(URIScheme.HTTPS.id, tlsStrategy()).build());
        connections.setConnectionConfig(ConnectionConfig.custom().setConnectTimeout(budget).setSocketTimeout(budget).build());
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(connections)
                .setUserAgent(USER_AGENT)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .addRequestInterceptorLast((request, entity, ctx) -> {
                    Header authorization = request.getFirstHeader(HttpHeaders.AUTHORIZATION);
                    lastAuthScheme = authorization == null ? null : schemeOf(authorization.getValue());
                })
                .addResponseInterceptorLast((response, entity, ctx) -> remember(response));
        if (target.hasCredentials()) {
            StreamUrl url = target.streamUrl();
            // any port of the camera's host, never another host a playlist may point to
            builder.setDefaultCredentialsProvider(CredentialsProviderBuilder.create()
                    .add(new AuthScope(url.host(), -1), target.username(),
                            (target.password() == null ? "" : target.password()).toCharArray())
                    .build());
        }
        return builder.build();
    }

    private TlsSocketStrategy tlsStrategy() {
        return certificates.checksHostName()
                ? new DefaultClientTlsStrategy(certificates.sslContext())
                : new DefaultClientTlsStrategy(certificates.sslContext(), HostnameVerificationPolicy.CLIENT,
                        NoopHostnameVerifier.INSTANCE);
    }

    private void remember(HttpResponse response) {
        Header serverHeader = response.getFirstHeader(HttpHeaders.SERVER);
        if (serverHeader != null) {
            server = serverHeader.getValue();
        }
        for (Header challenge : response.getHeaders(HttpHeaders.WWW_AUTHENTICATE)) {
            String offered = realmOf(challenge.getValue());
            if (offered != null) {
                realm = offered;
                return;
            }
        }
    }

    private static String realmOf(String challengeHeader) {
        try {
            for (AuthChallenge challenge : AuthChallengeParser.INSTANCE.parse(ChallengeType.TARGET, challengeHeader,
                    new ParserCursor(0, challengeHeader.length()))) {
                for (NameValuePair param : Objects.requireNonNullElse(challenge.getParams(), List.<NameValuePair>of())) {
                    if (param.getName().equalsIgnoreCase("realm")) {
                        return param.getValue();
                    }
                }
            }
        } catch (ParseException malformed) {
            // a malformed challenge still leaves the rest of the fingerprint
        }
        return null;
    }

    /** "Digest username=..." -> "Digest": never more, the rest carries the credentials. */
    private static String schemeOf(String authorization) {
        int space = authorization.indexOf(' ');
        return space < 0 ? authorization : authorization.substring(0, space);
    }
}
