package io.ohmvision.channels.http;

import io.ohmvision.channels.ConnectionType;

/**
 * {@link HttpProbe} over TLS. The certificate is checked as the target's {@code TlsTrust} says; the one presented
 * is reported in the result's fingerprint either way.
 */
public final class HttpsProbe extends HttpProbe {

    public HttpsProbe() {
        super(ConnectionType.HTTPS);
    }
}
