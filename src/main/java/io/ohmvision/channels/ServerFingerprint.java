package io.ohmvision.channels;

/**
 * What a peer says about itself, kept raw so that vendor recognition can be data, not code.
 *
 * @param server the Server header, null when absent
 * @param realm  the authentication realm of the challenge, null when none was asked
 */
public record ServerFingerprint(String server, String realm) {

    public static final ServerFingerprint NONE = new ServerFingerprint(null, null);

    public ServerFingerprint withServer(String value) {
        return value == null ? this : new ServerFingerprint(value, realm);
    }

    public ServerFingerprint withRealm(String value) {
        return value == null ? this : new ServerFingerprint(server, value);
    }
}
