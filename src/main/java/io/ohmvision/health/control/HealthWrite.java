package io.ohmvision.health.control;

import io.ohmvision.channels.ProbeResult;

/**
 * One check to store: its light probe's result (whose latency counts in the rollup) and, when a deep check saw the
 * picture stand still although the stream answered, why it counts as a failure.
 *
 * @param frozenReason null unless the picture was frozen
 */
public record HealthWrite(long cameraId, ProbeResult result, String frozenReason) {

    public static HealthWrite checked(long cameraId, ProbeResult result) {
        return new HealthWrite(cameraId, result, null);
    }

    public static HealthWrite frozen(long cameraId, ProbeResult light, String reason) {
        return new HealthWrite(cameraId, light, reason);
    }
}
