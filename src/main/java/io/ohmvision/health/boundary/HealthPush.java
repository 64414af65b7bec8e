package io.ohmvision.health.boundary;

import io.ohmvision.health.control.HealthChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * The console's Faces push channel "health": the same committed changes as /ws/health, as the same JSON. Pages
 * listen with {@code <f:websocket channel="health">}; the handshake is under the console's security constraint.
 */
@ApplicationScoped
public class HealthPush {

    public static final String CHANNEL = "health";

    @Inject
    @Push(channel = CHANNEL)
    PushContext channel;

    void forward(@Observes(during = TransactionPhase.AFTER_SUCCESS) HealthChange change) {
        channel.send(HealthEvent.json(change));
    }
}
