package io.ohmvision.health.boundary;

import io.ohmvision.channels.StreamUrl;
import io.ohmvision.health.control.HealthChange;
import io.ohmvision.health.entity.Causes;
import java.time.Instant;

/** What a live client (/ws/health, the console's push channel) receives for each change, as JSON. */
public record HealthEvent(String type, long cameraId, String cameraName, String from, String to, String cause,
        String causeText, String reason, Instant since, Long latencyMillis, Instant at) {

    static HealthEvent of(HealthChange change) {
        return new HealthEvent("health-change", change.cameraId(), change.cameraName(),
                change.from().wireName(), change.to().wireName(), change.cause() == null ? null : change.cause().name(),
                Causes.describe(change.cause()), StreamUrl.mask(change.reason()), change.since(),
                change.latencyMillis(), change.at());
    }
}
