package io.ohmvision.channels;

import java.time.Duration;
import java.util.Objects;

/**
 * What to probe and how long the whole probe may take. Credentials travel beside the URL, never inside it, and are
 * put into a request only by the probe at the moment of connecting (in user info or a header, or in the URL's query
 * slots for cameras that take them there: {@link #connectUrl()}).
 *
 * @param url      the stored URL, without credentials (query credential parameters, if any, empty)
 * @param username plain (not percent-encoded); null or empty when none
 * @param password plain (not percent-encoded); null when none
 * @param timeout  deadline for the whole probe, connect included
 * @param tlsTrust which server certificate a TLS connection accepts; {@link TlsTrust#SYSTEM} when not given
 */
public record ProbeTarget(String url, String username, String password, Duration timeout, TlsTrust tlsTrust) {

    public ProbeTarget(String url, String username, String password, Duration timeout) {
        this(url, username, password, timeout, TlsTrust.SYSTEM);
    }

    public ProbeTarget {
        tlsTrust = tlsTrust == null ? TlsTrust.SYSTEM : tlsTrust;
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timeout, "timeout");
        StreamUrl parsed = StreamUrl.parse(url)
                .orElseThrow(() -> new IllegalArgumentException("not a URL: " + StreamUrl.mask(url)));
        if (parsed.hasCredentials() || QueryCredentials.carriesValues(url)) {
            throw new IllegalArgumentException("credentials belong in their own fields, not in the URL: "
                    + parsed.toMaskedString());
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** Splits a URL typed with credentials (percent-encoded or raw, as {@link StreamUrl#parse} accepts). */
    public static ProbeTarget fromUrlWithCredentials(String url, Duration timeout) {
        StreamUrl parsed = StreamUrl.parse(url).map(QueryCredentials::lift)
                .orElseThrow(() -> new IllegalArgumentException("not a URL: " + StreamUrl.mask(url)));
        return new ProbeTarget(parsed.withoutCredentials().toConnectString(), parsed.username(), parsed.password(),
                timeout);
    }

    public ProbeTarget withTlsTrust(TlsTrust trust) {
        return new ProbeTarget(url, username, password, timeout, trust);
    }

    public boolean hasCredentials() {
        return username != null && !username.isEmpty();
    }

    /**
     * The URL to send when the camera takes its credentials in the query ({@link QueryCredentials}): the slots
     * filled. Only for the moment of connecting; never shown.
     */
    public String connectUrl() {
        return credentialsInQuery() ? QueryCredentials.fill(url, username, password) : url;
    }

    /** Whether the URL has query slots for the credentials, so they go there and not into user info or a header. */
    public boolean credentialsInQuery() {
        return QueryCredentials.hasSlots(url);
    }

    public StreamUrl streamUrl() {
        return StreamUrl.parse(url).orElseThrow();
    }

    /** The URL as it may be shown: the user name stays visible, the password is never even copied into it. */
    public String maskedUrl() {
        if (credentialsInQuery()) {
            // a stand-in for the password, which the masking of secret parameters then hides
            return StreamUrl.mask(QueryCredentials.fill(url, username, password == null ? null : "hidden"));
        }
        StreamUrl stored = streamUrl();
        String passwordShown = password == null ? null : ""; // any non-null password prints as the mask
        return new StreamUrl(stored.scheme(), hasCredentials() ? username : null, hasCredentials() ? passwordShown : null,
                stored.host(), stored.port(), stored.pathAndQuery()).toMaskedString();
    }

    @Override
    public String toString() {
        return "ProbeTarget[" + maskedUrl() + ", timeout=" + timeout + "]";
    }
}
