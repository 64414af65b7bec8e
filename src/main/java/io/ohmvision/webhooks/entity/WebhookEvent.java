package io.ohmvision.webhooks.entity;

import io.ohmvision.channels.webhook.PushedEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One event a camera pushed, as received; kept for ohmvision.webhook.retention. */
@Entity
@Table(name = "webhook_events")
@NamedQuery(name = WebhookEvent.LATEST, query = "select e from WebhookEvent e where e.cameraId = :camera "
        + "order by e.receivedAt desc, e.id desc")
@NamedQuery(name = WebhookEvent.PRUNE, query = "delete from WebhookEvent e where e.receivedAt < :before")
public class WebhookEvent {

    public static final String LATEST = "WebhookEvent.latest";
    public static final String PRUNE = "WebhookEvent.prune";

    @Id
    @SequenceGenerator(name = "webhook_events_seq", sequenceName = "webhook_events_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_events_seq")
    private Long id;
    @Column(name = "camera_id", nullable = false)
    private long cameraId;
    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;
    @Column(nullable = false, length = 20)
    private String format;
    @Column(name = "event_type", length = 200)
    private String eventType;
    @Column(name = "event_state", length = 50)
    private String eventState;
    @Column(length = 50)
    private String channel;
    @Column(name = "occurred_at", length = 50)
    private String occurredAt;

    protected WebhookEvent() {
    }

    public WebhookEvent(long cameraId, PushedEvent event, Instant receivedAt) {
        this.cameraId = cameraId;
        this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
        this.format = event.format();
        this.eventType = event.eventType();
        this.eventState = event.state();
        this.channel = event.channel();
        this.occurredAt = event.occurredAt();
    }

    public Long id() { return id; }
    public long cameraId() { return cameraId; }
    public Instant receivedAt() { return receivedAt.toInstant(); }
    public String format() { return format; }
    public String eventType() { return eventType; }
    public String eventState() { return eventState; }
    public String channel() { return channel; }
    public String occurredAt() { return occurredAt; }
}
