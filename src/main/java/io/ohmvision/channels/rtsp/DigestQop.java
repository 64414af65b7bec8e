package io.ohmvision.channels.rtsp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Chooses the quality of protection from a challenge's list: "auth" when offered, else "auth-int". */
final class DigestQop {

    static final String AUTH = "auth";
    static final String AUTH_INT = "auth-int";

    private DigestQop() {
    }

    static Optional<String> choose(String offered) {
        Set<String> options = Arrays.stream(offered.split(","))
                .map(o -> o.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (options.contains(AUTH)) {
            return Optional.of(AUTH);
        }
        return options.contains(AUTH_INT) ? Optional.of(AUTH_INT) : Optional.empty();
    }
}
