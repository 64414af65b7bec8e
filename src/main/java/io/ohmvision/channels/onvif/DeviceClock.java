package io.ohmvision.channels.onvif;

import java.time.Duration;

/**
 * The device's clock against ours, as GetSystemDateAndTime showed it.
 *
 * @param offset                   device UTC minus local UTC (zero when not measured)
 * @param measured                 false when the device did not tell its time
 * @param rejectsUncorrectedTokens the device refused a UsernameToken dated on our clock and accepted the same
 *                                 credentials once dated on its clock: the skew, not the password, was the problem
 */
public record DeviceClock(Duration offset, boolean measured, boolean rejectsUncorrectedTokens) {

    /** Home Assistant warns from 5 s on, "this could lead to authentication issues" [S17]. */
    public static final Duration NOTABLE_SKEW = Duration.ofSeconds(5);

    public static final DeviceClock UNKNOWN = new DeviceClock(Duration.ZERO, false, false);

    public static DeviceClock measured(Duration offset) {
        return new DeviceClock(offset, true, false);
    }

    public boolean skewed() {
        return offset.abs().compareTo(NOTABLE_SKEW) >= 0;
    }

    DeviceClock rejectingUncorrectedTokens() {
        return new DeviceClock(offset, measured, true);
    }

    /** e.g. "device clock 3600 s ahead"; empty when not notable. */
    public String describe() {
        if (!skewed()) {
            return "";
        }
        long seconds = Math.round(offset.toMillis() / 1000.0);
        return "device clock " + Math.abs(seconds) + " s " + (seconds > 0 ? "ahead" : "behind")
                + (rejectsUncorrectedTokens ? " (it rejected tokens dated on our clock; corrected by the offset)" : "");
    }
}
