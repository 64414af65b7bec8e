package io.ohmvision.channels.video;

import java.time.Duration;

/**
 * How long a deep probe watches a stream after its first frame, and what it calls frozen.
 *
 * @param fpsWindow          frames are counted over this much time (wall clock and stream time alike), cut short by
 *                           the probe's deadline
 * @param framesToCallFrozen identical consecutive frames that make a frozen picture
 */
public record DeepProbeSettings(Duration fpsWindow, int framesToCallFrozen) {

    /** Two seconds hold 50 frames at 25 fps, and 10 identical ones are 0.4 s of a still picture at that rate. */
    public static final DeepProbeSettings DEFAULT = new DeepProbeSettings(Duration.ofSeconds(2), 10);

    public DeepProbeSettings {
        if (fpsWindow.isNegative() || fpsWindow.isZero()) {
            throw new IllegalArgumentException("fps window must be positive: " + fpsWindow);
        }
        if (framesToCallFrozen < 2) {
            throw new IllegalArgumentException("a frozen picture needs at least 2 frames: " + framesToCallFrozen);
        }
    }
}
