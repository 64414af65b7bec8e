package io.ohmvision.cluster.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries committed {@link ClusterEvent}s to the other cluster members, which fire them again, qualified
 * {@link Relayed}, to the same observers: a client connected to any member hears of every change. Messages are
 * plain strings (the event's class, a newline, its JSON), so the data grid never needs the application's classes.
 * A relayed event reaches this relay's own observer too, possibly later and on another thread (after-commit
 * observers); it is recognised by its message and not sent on, so each event is heard once per member. Alone,
 * nothing is sent.
 */
@ApplicationScoped
public class EventRelay {

    static final String TOPIC = "ohmvision-events";
    private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ClusterMembership cluster;

    @Resource
    ContextService context;

    @Inject
    @Any
    Event<Object> events;

    /** Messages received and fired here whose echo through {@link #send} is still to come. */
    private final RecentMessages received = new RecentMessages(4096);

    /**
     * Messages arrive on the data grid's threads, which carry none of the application's context; they are received
     * in the context of the application's start instead. Without it the first relayed health change, which created
     * the console's Faces push channel, failed there ("CDI is not available", Faces looks the bean manager up in JNDI)
     * and was lost for every client of this member.
     */
    @SuppressWarnings("unchecked")
    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cluster.subscribe(TOPIC, context.createContextualProxy((Consumer<String>) this::receive, Consumer.class));
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClusterEvent event) {
        String message = event.getClass().getName() + "\n" + JSON.toJson(event);
        if (!received.take(message)) {
            cluster.publish(TOPIC, message);
        }
    }

    private void receive(String message) {
        try {
            int split = message.indexOf('\n');
            Class<? extends ClusterEvent> type = Class.forName(message.substring(0, split), false,
                    EventRelay.class.getClassLoader()).asSubclass(ClusterEvent.class);
            received.add(message);
            fire(type, message.substring(split + 1));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // one unreadable message (from a member on another version) must not stop the relay
            LOG.log(Level.WARNING, "Could not relay an event from another member: " + e.getMessage(), e);
        }
    }

    private <T extends ClusterEvent> void fire(Class<T> type, String json) {
        events.select(type, Relayed.Literal.INSTANCE).fire(JSON.fromJson(json, type));
    }
}
