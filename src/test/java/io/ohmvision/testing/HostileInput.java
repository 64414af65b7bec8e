package io.ohmvision.testing;

import java.time.Duration;

/** What the tests of parsers fed hostile device output share. */
public final class HostileInput {

    /**
     * How long a parser may take on one pathological input: a guard, not a benchmark. Generous, because the build
     * machine is shared; the inputs are large enough (a megabyte where the reader allows one) that the quadratic or
     * worse behaviour they guard against would take minutes, so the bound still tells linear from not.
     */
    public static final Duration BOUND = Duration.ofSeconds(5);

    /** A megabyte, the most any device reply is read to (playlists, SOAP replies), or more than the reader allows. */
    public static final int MIB = 1024 * 1024;

    private HostileInput() {
    }
}
