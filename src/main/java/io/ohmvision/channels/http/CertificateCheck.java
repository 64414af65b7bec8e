package io.ohmvision.channels.http;

import io.ohmvision.channels.TlsTrust;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Decides on the certificate a camera presents, as its target's {@link TlsTrust} says, and remembers the
 * certificate's fingerprint either way so that a refusal can name it and a first use can record it.
 */
final class CertificateCheck implements X509TrustManager {

    private final TlsTrust trust;
    private final X509TrustManager system;
    private volatile String presentedSha256;
    private volatile String refusal;

    CertificateCheck(TlsTrust trust) {
        this.trust = trust;
        this.system = systemTrustManager();
    }

    SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {this}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM offers no TLS context", e);
        }
    }

    /** Pinned and first-use certificates identify the camera itself; they rarely name the address we dial. */
    boolean checksHostName() {
        return trust.mode() == TlsTrust.Mode.SYSTEM;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        presentedSha256 = TlsTrust.sha256Of(chain[0]);
        switch (trust.mode()) {
            case SYSTEM -> {
                try {
                    system.checkServerTrusted(chain, authType);
                } catch (CertificateException untrusted) {
                    refusal = "untrusted certificate, SHA-256 " + presentedSha256 + " (pin it to trust this camera)";
                    throw untrusted;
                }
            }
            case PINNED -> {
                if (!trust.pins(presentedSha256)) {
                    refusal = "certificate SHA-256 " + presentedSha256 + " is not the pinned " + trust.pinnedSha256();
                    throw new CertificateException(refusal);
                }
            }
            case TRUST_ON_FIRST_USE -> {
                // accepted: the caller records presentedSha256 from the result and pins it from then on
            }
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a probe is never a TLS server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }

    /** Null until a certificate was presented. */
    String presentedSha256() {
        return presentedSha256;
    }

    /** Why the presented certificate was refused; null when it was not. */
    String refusal() {
        return refusal;
    }

    private static X509TrustManager systemTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                    .map(X509TrustManager.class::cast).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the JVM has no X.509 trust manager"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the JVM's trust store", e);
        }
    }
}
