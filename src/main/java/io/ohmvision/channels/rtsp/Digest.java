package io.ohmvision.channels.rtsp;

/**
 * The Digest response computation (RFC 2617 3.2.2, RFC 7616 3.4.1), kept apart from header formatting so it can
 * be checked against the RFCs' known answers.
 *
 * @param qop    null for the RFC 2069 form most cameras use, else "auth" or "auth-int"
 * @param nc     8 hex digits; ignored without qop
 * @param cnonce ignored without qop unless the algorithm is a "-sess" variant
 */
record Digest(DigestAlgorithm algorithm, boolean session, String username, String realm, String password,
              String nonce, String method, String uri, String qop, String nc, String cnonce) {

    String response() {
        String ha1 = algorithm.hex(username + ":" + realm + ":" + password);
        if (session) {
            ha1 = algorithm.hex(ha1 + ":" + nonce + ":" + cnonce);
        }
        // RTSP DESCRIBE and OPTIONS carry no body, so auth-int hashes the empty entity
        String ha2 = DigestQop.AUTH_INT.equals(qop)
                ? algorithm.hex(method + ":" + uri + ":" + algorithm.hex(""))
                : algorithm.hex(method + ":" + uri);
        String middle = qop == null ? nonce : nonce + ":" + nc + ":" + cnonce + ":" + qop;
        return algorithm.hex(ha1 + ":" + middle + ":" + ha2);
    }

    /** A record would print every component: never the password. */
    @Override
    public String toString() {
        return "Digest[" + algorithm + ", user " + username + ", realm " + realm + ", " + method + " " + uri + "]";
    }
}
