package io.ohmvision.webhooks.control;

import io.ohmvision.webhooks.entity.WebhookEvent;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/** Prunes webhook events older than ohmvision.webhook.retention (default 7 days), once an hour. */
@Stateless
public class WebhookRetention {

    private static final Logger LOG = Logger.getLogger(WebhookRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookSettings settings;

    @Schedule(hour = "*", minute = "23", persistent = false)
    public void prune() {
        var before = clock.instant().minus(settings.retention()).atOffset(ZoneOffset.UTC);
        int events = em.createNamedQuery(WebhookEvent.PRUNE).setParameter("before", before).executeUpdate();
        if (events > 0) {
            LOG.info("Pruned " + events + " webhook events older than " + settings.retention());
        }
    }
}
