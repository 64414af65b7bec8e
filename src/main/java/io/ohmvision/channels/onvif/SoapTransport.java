package io.ohmvision.channels.onvif;

import io.ohmvision.channels.Deadline;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.channels.ServerFingerprint;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.auth.AuthSchemeFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.BasicSchemeFactory;
import org.apache.hc.client5.http.impl.auth.DigestSchemeFactory;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * SOAP 1.2 over HTTP POST to one device, within one deadline. HTTP authentication is off until the device asks for
 * it with a 401, because ONVIF says not to send WS-Security and HTTP credentials together [S7]; once on, Digest
 * (and Basic, only over https) answers every later challenge.
 */
final class SoapTransport implements Closeable {

    /** Replies larger than this are not ONVIF answers to the calls OhmVision makes. */
    private static final int MAX_REPLY_BYTES = 1 << 20;
    /** Spelt exactly as ONVIF Core writes it; HttpClient's ContentType would print "UTF-8". */
    private static final String SOAP_CONTENT_TYPE = "application/soap+xml; charset=utf-8";
    private static final Pattern REALM = Pattern.compile("realm=\"([^\"]{0,100})\"");
    /** Aborts requests at their deadline: socket timeouts alone let a device that trickles bytes run over it. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "onvif-deadline");
        thread.setDaemon(true);
        return thread;
    });

    /** A status and body as received; the body is empty when the device sent none. */
    record Reply(int status, byte[] body) {
    }

    private final URI device;
    private final String username;
    private final String password;
    private final Deadline deadline;
    private final CloseableHttpClient http;
    private final HttpClientContext context = HttpClientContext.create();
    private boolean httpAuthentication;
    private ServerFingerprint fingerprint = ServerFingerprint.NONE;

    SoapTransport(URI device, String username, String password, Deadline deadline, int timeoutMillis) {
        this.device = device;
        this.username = username;
        this.password = password == null ? "" : password;
        this.deadline = deadline;
        RegistryBuilder<AuthSchemeFactory> schemes = RegistryBuilder.<AuthSchemeFactory>create()
                .register(StandardAuthScheme.DIGEST, DigestSchemeFactory.INSTANCE);
        if ("https".equalsIgnoreCase(device.getScheme())) {
            schemes.register(StandardAuthScheme.BASIC, BasicSchemeFactory.INSTANCE);
        }
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(timeoutMillis)).build())
                        .build())
                .setDefaultAuthSchemeRegistry(schemes.build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
    }

    boolean usesHttpAuthentication() {
        return httpAuthentication;
    }

    /** From now on answer HTTP challenges with the credentials (and leave WS-Security out of the envelope). */
    void switchToHttpAuthentication() {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(device.getHost(), -1),
                new UsernamePasswordCredentials(username, password.toCharArray()));
        context.setCredentialsProvider(credentials);
        httpAuthentication = true;
    }

    ServerFingerprint fingerprint() {
        return fingerprint;
    }

    Reply post(String address, String envelope) throws IOException {
        HttpPost post = new HttpPost(address);
        post.setHeader(HttpHeaders.CONTENT_TYPE, SOAP_CONTENT_TYPE);
        post.setEntity(new ByteArrayEntity(envelope.getBytes(StandardCharsets.UTF_8), null));
        int remaining = deadline.remainingMillisOrThrow();
        post.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.ofMilliseconds(remaining))
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(remaining))
                .build());
        ScheduledFuture<?> abort = WATCHDOG.schedule(post::cancel, remaining, TimeUnit.MILLISECONDS);
        try {
            return exchange(post);
        } catch (PeerProtocolException refused) {
            throw refused;
        } catch (IOException failed) {
            // HttpClient's connect timeout is not a SocketTimeoutException, so NetworkFailures would not see it
            if (post.isCancelled() || failed instanceof ConnectTimeoutException) {
                throw new SocketTimeoutException("deadline passed");
            }
            throw failed;
        } finally {
            abort.cancel(false);
        }
    }

    private Reply exchange(HttpPost post) throws IOException {
        return http.execute(post, context, response -> {
            Header server = response.getFirstHeader("Server");
            if (server != null) {
                fingerprint = fingerprint.withServer(server.getValue());
            }
            Header challenge = response.getFirstHeader("WWW-Authenticate");
            if (challenge != null) {
                Matcher realm = REALM.matcher(challenge.getValue());
                fingerprint = realm.find() ? fingerprint.withRealm(realm.group(1)) : fingerprint;
            }
            return new Reply(response.getCode(), body(response.getEntity(), post));
        });
    }

    /** The body, or a refusal once it passes the limit; the connection is cut then, not drained to its end. */
    private static byte[] body(HttpEntity entity, HttpPost post) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        InputStream in = entity.getContent();
        byte[] bytes = in.readNBytes(MAX_REPLY_BYTES + 1);
        if (bytes.length > MAX_REPLY_BYTES) {
            post.cancel();
            throw new PeerProtocolException("reply larger than " + MAX_REPLY_BYTES + " bytes");
        }
        in.close();
        return bytes;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
