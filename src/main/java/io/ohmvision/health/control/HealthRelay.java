package io.ohmvision.health.control;

import io.ohmvision.cluster.control.ClusterMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries committed health changes to the other cluster members, where they are fired again as the same CDI event
 * (qualified {@link Relayed}), so a client connected to any member hears of every camera, whoever checked it. Each
 * change is published once by the member that recorded it and never echoed back: the data grid does not deliver a
 * member its own messages, and relayed changes are not published again.
 */
@ApplicationScoped
public class HealthRelay {

    static final String TOPIC = "ohmvision-health-changes";
    private static final Logger LOG = Logger.getLogger(HealthRelay.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ClusterMembership cluster;

    @Inject
    @Relayed
    Event<HealthChange> relayed;

    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cluster.subscribe(TOPIC, this::receive);
    }

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) HealthChange change, EventMetadata event) {
        if (event.getQualifiers().stream().noneMatch(Relayed.class::isInstance)) {
            cluster.publish(TOPIC, JSON.toJson(change));
        }
    }

    private void receive(String message) {
        try {
            relayed.fire(JSON.fromJson(message, HealthChange.class));
        } catch (RuntimeException e) {
            // one unreadable message (a member on another version) must not stop the relay
            LOG.log(Level.WARNING, "Could not relay a health change from another member: " + e.getMessage(), e);
        }
    }
}
