package io.ohmvision.cluster.control;

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
 * Carries committed {@link ClusterEvent}s to the other cluster members, which fire them again, qualified
 * {@link Relayed}, to the same observers: a client connected to any member hears of every change. Messages are
 * plain strings (the event's class, a newline, its JSON), so the data grid never needs the application's classes.
 * The grid does not deliver a member its own messages and relayed events are not sent on: each event is heard once
 * per member. Alone, nothing is sent.
 */
@ApplicationScoped
public class EventRelay {

    static final String TOPIC = "ohmvision-events";
    private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ClusterMembership cluster;

    @Inject
    Event<Object> events;

    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cluster.subscribe(TOPIC, this::receive);
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClusterEvent event, EventMetadata metadata) {
        if (metadata.getQualifiers().stream().noneMatch(Relayed.class::isInstance)) {
            cluster.publish(TOPIC, event.getClass().getName() + "\n" + JSON.toJson(event));
        }
    }

    private void receive(String message) {
        try {
            int split = message.indexOf('\n');
            fire(Class.forName(message.substring(0, split), false, EventRelay.class.getClassLoader())
                    .asSubclass(ClusterEvent.class), message.substring(split + 1));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // one unreadable message (from a member on another version) must not stop the relay
            LOG.log(Level.WARNING, "Could not relay an event from another member: " + e.getMessage(), e);
        }
    }

    private <T extends ClusterEvent> void fire(Class<T> type, String json) {
        events.select(type, Relayed.Literal.INSTANCE).fire(JSON.fromJson(json, type));
    }
}
