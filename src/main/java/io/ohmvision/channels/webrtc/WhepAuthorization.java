package io.ohmvision.channels.webrtc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The Authorization header of a WHEP request. The WHEP draft authenticates with Bearer tokens, which the camera
 * form has no field for: a password without a user name (or with the user name "bearer") is the token; a user
 * name with a password is HTTP Basic, as servers behind a reverse proxy ask.
 *
 * @param scheme "Bearer" or "Basic", safe to show
 * @param header the header value; holds the secret, never to be shown or logged
 */
record WhepAuthorization(String scheme, String header) {

    static Optional<WhepAuthorization> of(String username, String password) {
        boolean noUser = username == null || username.isEmpty() || username.toLowerCase(Locale.ROOT).equals("bearer");
        if (noUser) {
            return password == null || password.isEmpty() ? Optional.empty()
                    : Optional.of(new WhepAuthorization("Bearer", "Bearer " + password));
        }
        String pair = username + ":" + (password == null ? "" : password);
        return Optional.of(new WhepAuthorization("Basic",
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public String toString() {
        return "WhepAuthorization[" + scheme + " ***]";
    }
}
