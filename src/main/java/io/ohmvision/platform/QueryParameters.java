package io.ohmvision.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses query parameters taken as strings. JAX-RS answers 404 when it cannot convert a query parameter itself;
 * a client deserves a 400 that names the parameter instead.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw ProblemException.badRequest(name + " must be between " + min + " and " + max + ", not "
                        + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number, not '" + value + "'");
        }
    }

    public static Optional<Boolean> bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw ProblemException.badRequest(name + " must be true or false, not '" + value + "'");
        };
    }

    /** An enumerated value by wire name; the problem lists the accepted ones. */
    public static <T> Optional<T> oneOf(String name, String value, Function<String, Optional<T>> parser,
            String accepted) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parser.apply(value).orElseThrow(() -> ProblemException.badRequest(
                name + " '" + value + "' is not one of " + accepted)));
    }
}
