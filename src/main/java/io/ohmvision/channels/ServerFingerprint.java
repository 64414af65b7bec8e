package io.ohmvision.channels;

/**
 * What a peer says about itself, kept raw so that vendor recognition can be data, not code.
 *
 * @param server the Server header, null when absent
 * @param realm  the authentication realm of the challenge, null when none was asked
 * @param certificateSha256 the SHA-256 fingerprint of the TLS certificate the peer presented (in the form of
 *                          {@link TlsTrust#sha256Of}), null without TLS; a caller trusting on first use pins this
 */
public record ServerFingerprint(String server, String realm, String certificateSha256) {

    public static final ServerFingerprint NONE = new ServerFingerprint(null, null, null);

    public ServerFingerprint(String server, String realm) {
        this(server, realm, null);
    }

    public ServerFingerprint withServer(String value) {
        return value == null ? this : new ServerFingerprint(value, realm, certificateSha256);
    }

    public ServerFingerprint withRealm(String value) {
        return value == null ? this : new ServerFingerprint(server, value, certificateSha256);
    }

    public ServerFingerprint withCertificateSha256(String value) {
        return value == null ? this : new ServerFingerprint(server, realm, value);
    }
}
