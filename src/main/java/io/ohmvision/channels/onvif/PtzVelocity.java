package io.ohmvision.channels.onvif;

/**
 * Speeds for a continuous move in ONVIF's generic velocity spaces: pan and tilt from -1 (left, down) to 1 (right,
 * up), zoom from -1 (out) to 1 (in); 0 leaves that axis still [S7].
 */
public record PtzVelocity(double pan, double tilt, double zoom) {

    public PtzVelocity {
        requireInRange("pan", pan);
        requireInRange("tilt", tilt);
        requireInRange("zoom", zoom);
    }

    public boolean still() {
        return pan == 0 && tilt == 0 && zoom == 0;
    }

    private static void requireInRange(String axis, double speed) {
        if (!(speed >= -1 && speed <= 1)) { // also refuses NaN
            throw new IllegalArgumentException(axis + " speed must be within [-1, 1]");
        }
    }
}
