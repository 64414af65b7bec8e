package io.ohmvision.cluster.control;

import io.ohmvision.cameras.control.CredentialVault;
import jakarta.annotation.PostConstruct;
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
import java.time.Clock;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries committed {@link ClusterEvent}s to the other cluster members, which fire them again, qualified
 * {@link Relayed}, to the same observers: a client connected to any member hears of every change. Messages are
 * plain strings (the event's class, a newline, its JSON), so the data grid never needs the application's classes.
 * A relayed event reaches this relay's own observer too, possibly later and on another thread (after-commit
 * observers); it is recognised by its message and not sent on, so each event is heard once per member. Alone,
 * nothing is sent.
 * <p>
 * Every message is signed ({@link RelaySeal}) with a key derived from the credential key the members share, so
 * that whoever reaches the data grid without it cannot make a member fire events or push to its clients: a message
 * that fails (forged, tampered with, replayed, too old) is dropped, and reported once per member per period.
 */
@ApplicationScoped
public class EventRelay {

    static final String TOPIC = "ohmvision-events";
    /** The HKDF label of the relay's key: a key of its own, never the AES key that encrypts credentials. */
    static final String KEY_PURPOSE = "ohmvision cluster relay v1";
    /** How far a message's signing time may be from the receiver's clock (members keep theirs in sync by NTP). */
    static final Duration WINDOW = Duration.ofSeconds(60);
    static final Duration REPORT_EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ClusterMembership cluster;

    @Resource
    ContextService context;

    @Inject
    @Any
    Event<Object> events;

    @Inject
    CredentialVault vault;

    @Inject
    Clock clock;

    private RelaySeal seal;
    private RejectionLog rejections;

    /** Messages received and fired here whose echo through {@link #send} is still to come. */
    private final RecentMessages received = new RecentMessages(4096);

    /**
     * Messages arrive on the data grid's threads, which carry none of the application's context; they are received
     * in the context of the application's start instead. Without it the first relayed health change, which created
     * the console's Faces push channel, failed there ("CDI is not available", Faces looks the bean manager up in JNDI)
     * and was lost for every client of this member.
     */
    @PostConstruct
    void init() {
        seal = new RelaySeal(vault.derivedKey(KEY_PURPOSE), clock, WINDOW);
        rejections = new RejectionLog(clock, REPORT_EVERY, LOG::warning);
    }

    @SuppressWarnings("unchecked")
    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cluster.subscribe(TOPIC, context.createContextualProxy((BiConsumer<String, String>) this::receive,
                BiConsumer.class));
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClusterEvent event) {
        String message = event.getClass().getName() + "\n" + JSON.toJson(event);
        if (!received.take(message)) {
            cluster.publish(TOPIC, seal.seal(message));
        }
    }

    /** @param sender the publishing member's data grid address, as the grid reports it */
    private void receive(String sender, String sealed) {
        RelaySeal.Opened opened = seal.open(sealed);
        if (opened.verdict() != RelaySeal.Verdict.OK) {
            rejections.rejected(sender, opened.verdict());
            return;
        }
        String message = opened.message();
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
