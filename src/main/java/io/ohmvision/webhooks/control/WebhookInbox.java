package io.ohmvision.webhooks.control;

import io.ohmvision.cameras.control.CameraChanged;
import io.ohmvision.cameras.control.CameraListing;
import io.ohmvision.cameras.control.CameraSummary;
import io.ohmvision.cameras.control.CredentialVault;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.channels.webhook.PushedEvent;
import io.ohmvision.channels.webhook.WebhookPayloads;
import io.ohmvision.channels.webhook.WebhookSignature;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.webhooks.entity.WebhookEvent;
import io.ohmvision.webhooks.entity.WebhookReceiver;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response.Status;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Receives camera pushes: the camera must exist and have a receiver, the push must carry its secret's signature or
 * token, and the body must be an event this receiver reads, in that order (an unauthenticated body is never even
 * parsed); only then is anything written: the last-push time, and the events except bare heartbeats.
 */
@Stateless
public class WebhookInbox {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CredentialVault vault;

    @Inject
    CameraListing cameras;

    @Inject
    Clock clock;

    @Inject
    Event<WebhookPushed> pushes;

    @Inject
    Event<CameraChanged> cameraChanges;

    /** What the heartbeat check reads. */
    public record ReceiverState(Instant createdAt, Instant lastPushAt, String connectionConfig) {
    }

    /** @return the events kept (heartbeats are not) */
    public List<PushedEvent> receive(long cameraId, byte[] body, String signature, String token, String timestamp) {
        CameraSummary camera = camera(cameraId);
        WebhookReceiver receiver = Optional.ofNullable(em.find(WebhookReceiver.class, cameraId)).orElseThrow(() ->
                ProblemException.notFound("Camera " + cameraId + " has no webhook receiver: an admin creates its "
                        + "secret with POST /api/cameras/" + cameraId + "/webhook-secret"));
        if (!WebhookSignature.authentic(vault.open(receiver.sealedSecret()), body, signature, token, timestamp,
                clock.instant())) {
            throw new ProblemException(Status.UNAUTHORIZED, "The push carries no valid " + WebhookSignature
                    .SIGNATURE_HEADER + " (HMAC-SHA256 of the body under the camera's secret; of <timestamp>.<body> "
                    + "with " + WebhookSignature.TIMESTAMP_HEADER + ", which must be within "
                    + WebhookSignature.REPLAY_WINDOW.toMinutes() + " minutes of now) and no valid "
                    + WebhookSignature.TOKEN_HEADER + " or token parameter");
        }
        List<PushedEvent> events;
        try {
            events = WebhookPayloads.read(body);
        } catch (PeerProtocolException e) {
            throw ProblemException.badRequest("Not an event this receiver reads (Hikvision EventNotificationAlert, "
                    + "ONVIF wsnt:Notify or a JSON object): " + e.getMessage());
        }
        Instant now = clock.instant();
        em.createNamedQuery(WebhookReceiver.PUSHED).setParameter("at", now.atOffset(ZoneOffset.UTC))
                .setParameter("camera", cameraId).executeUpdate();
        List<PushedEvent> kept = events.stream().filter(e -> !e.heartbeat()).toList();
        kept.forEach(event -> em.persist(new WebhookEvent(cameraId, event, now)));
        pushes.fire(new WebhookPushed(cameraId, camera.name(), kept, now));
        return kept;
    }

    /**
     * A new secret for the camera (the old one, if any, stops working). Returned once, stored only encrypted. A
     * webhook camera that waited for its credentials is checked again at once.
     */
    public String newSecret(long cameraId) {
        camera(cameraId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        WebhookReceiver receiver = em.find(WebhookReceiver.class, cameraId);
        if (receiver == null) {
            em.persist(new WebhookReceiver(cameraId, vault.seal(secret), clock.instant()));
        } else {
            receiver.replaceSecret(vault.seal(secret), clock.instant());
        }
        cameraChanges.fire(new CameraChanged(cameraId, true));
        return secret;
    }

    public List<WebhookEvent> latestEvents(long cameraId, int max) {
        camera(cameraId);
        return em.createNamedQuery(WebhookEvent.LATEST, WebhookEvent.class).setParameter("camera", cameraId)
                .setMaxResults(max).getResultList();
    }

    /** Empty when the camera has no receiver (or is gone). */
    public Optional<ReceiverState> state(long cameraId) {
        Optional<CameraSummary> camera = cameras.summary(cameraId);
        WebhookReceiver receiver = em.find(WebhookReceiver.class, cameraId);
        if (camera.isEmpty() || receiver == null) {
            return Optional.empty();
        }
        return Optional.of(new ReceiverState(receiver.createdAt(), receiver.lastPushAt(),
                camera.get().connectionConfig()));
    }

    private CameraSummary camera(long cameraId) {
        return cameras.summary(cameraId).orElseThrow(() -> ProblemException.notFound("No camera with id " + cameraId));
    }
}
