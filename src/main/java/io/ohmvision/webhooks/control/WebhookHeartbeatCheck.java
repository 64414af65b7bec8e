package io.ohmvision.webhooks.control;

import io.ohmvision.channels.CameraCheck;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.ServerFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * A webhook camera's check through its receiver URL: the time since its last push against the silence it is
 * allowed.
 */
@ApplicationScoped
public class WebhookHeartbeatCheck implements CameraCheck {

    @Inject
    WebhookInbox inbox;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    @Override
    public ConnectionType type() {
        return ConnectionType.WEBHOOK;
    }

    @Override
    public ProbeResult check(long cameraId, ProbeTarget target, Supplier<ProbeResult> urlProbe) {
        return inbox.state(cameraId).map(state -> {
            try {
                return settings.heartbeatOf(state.connectionConfig()).verdict(target.maskedUrl(),
                        state.lastPushAt(), state.createdAt(), clock.instant());
            } catch (IllegalArgumentException badSetting) {
                return failure(target, Outcome.UNSUPPORTED, badSetting.getMessage());
            }
        }).orElseGet(() -> failure(target, Outcome.AUTH_FAILED, "no webhook secret yet: an admin creates one with "
                + "POST /api/cameras/" + cameraId + "/webhook-secret"));
    }

    private static ProbeResult failure(ProbeTarget target, Outcome outcome, String reason) {
        return new ProbeResult(ConnectionType.WEBHOOK, target.maskedUrl(), outcome, 0, MediaFacts.NONE, reason,
                ServerFingerprint.NONE);
    }
}
