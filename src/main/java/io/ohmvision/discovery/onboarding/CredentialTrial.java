package io.ohmvision.discovery.onboarding;

import io.ohmvision.channels.Outcome;
import io.ohmvision.discovery.detect.AutoDetectReport;
import io.ohmvision.discovery.detect.DetectedCamera;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Tries a site onboarding's credentials on one device, in the list's order, within the device's lockout limit. Each
 * credential is given up at its first wrong-password answer (a detection whose own lockout limit is one), so a wrong
 * credential first in the list costs the device one refusal and the right one after it still gets its turn; once the
 * device refused {@code limit} times in all it is not tried further. Stops at the first credential a stream or
 * snapshot works with, and at a credential that drew no refusal at all: the device did not ask for it, so another
 * would find nothing more. Plain Java.
 */
public final class CredentialTrial {

    /** Wrong-password answers one credential may draw before the next is tried. */
    static final int REFUSALS_PER_CREDENTIAL = 1;

    /**
     * What the device gave.
     *
     * @param report          the detection with the credential that worked, else the last one tried
     * @param credentialIndex the credential that worked, from 0; null when none did or the list was empty
     * @param refusals        wrong-password answers the device gave in all
     * @param lockedOut       tried no further because of the lockout limit
     */
    public record Result(AutoDetectReport report, Integer credentialIndex, int refusals, boolean lockedOut) {
    }

    private final int limit;
    private final BiFunction<CredentialToTry, Integer, AutoDetectReport> detect;

    /**
     * @param limit  wrong-password answers the device is allowed to give in all
     * @param detect detection with a credential and the refusals it may draw; stores nothing
     */
    public CredentialTrial(int limit, BiFunction<CredentialToTry, Integer, AutoDetectReport> detect) {
        if (limit < 1) {
            throw new IllegalArgumentException("the lockout limit must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.detect = detect;
    }

    public Result tryInOrder(List<CredentialToTry> credentials) {
        if (credentials.isEmpty()) {
            AutoDetectReport report = detect.apply(CredentialToTry.NONE, limit);
            return new Result(report, null, refusals(report), report.lockout() != null);
        }
        int refusals = 0;
        AutoDetectReport last = null;
        for (int index = 0; index < credentials.size() && refusals < limit; index++) {
            last = detect.apply(credentials.get(index), REFUSALS_PER_CREDENTIAL);
            if (DetectedCamera.storable(last)) {
                return new Result(last, index, refusals, false);
            }
            int refused = refusals(last);
            if (refused == 0) {
                return new Result(last, null, refusals, false);
            }
            refusals += refused;
        }
        return new Result(last, null, refusals, refusals >= limit);
    }

    /** Wrong-password answers in one detection: its candidates' and its ONVIF service's. */
    static int refusals(AutoDetectReport report) {
        long candidates = report.candidates().stream()
                .filter(c -> Outcome.AUTH_FAILED.name().equals(c.outcome())).count();
        boolean onvif = report.onvif() != null && Outcome.AUTH_FAILED.name().equals(report.onvif().outcome());
        return (int) candidates + (onvif ? 1 : 0);
    }
}
