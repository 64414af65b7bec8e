package io.ohmvision.health.boundary;

import io.ohmvision.health.control.HealthChange;
import io.ohmvision.platform.live.LiveChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Puts every committed health level change (this member's and relayed ones) on the live channel. */
@ApplicationScoped
public class HealthBroadcast {

    @Inject
    LiveChannel live;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) HealthChange change) {
        live.publish(LiveChannel.HEALTH, HealthEvent.of(change));
    }
}
