package io.ohmvision.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Where one camera pushes to: its secret, held encrypted (see cameras.control.CredentialVault), and when it last
 * pushed. The last push is stored, not kept in memory, so any node of a cluster can judge the camera's health.
 */
@Entity
@Table(name = "webhook_receivers")
// A bulk update: pushes from one camera may arrive in parallel, and each only moves the time forward.
@NamedQuery(name = WebhookReceiver.PUSHED, query = "update WebhookReceiver r set r.pushes = r.pushes + 1, "
        + "r.lastPushAt = :at where r.cameraId = :camera and (r.lastPushAt is null or r.lastPushAt < :at)")
public class WebhookReceiver {

    public static final String PUSHED = "WebhookReceiver.pushed";

    @Id
    @Column(name = "camera_id")
    private long cameraId;
    @Column(name = "secret", nullable = false, length = 1024)
    private String sealedSecret;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "last_push_at")
    private OffsetDateTime lastPushAt;
    @Column(nullable = false)
    private long pushes;

    protected WebhookReceiver() {
    }

    public WebhookReceiver(long cameraId, String sealedSecret, Instant createdAt) {
        this.cameraId = cameraId;
        this.sealedSecret = sealedSecret;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    /** A new secret: the old one stops working at once, and the silence allowance starts again. */
    public void replaceSecret(String sealed, Instant now) {
        sealedSecret = sealed;
        createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public long cameraId() { return cameraId; }
    public String sealedSecret() { return sealedSecret; }
    public Instant createdAt() { return createdAt.toInstant(); }
    public Instant lastPushAt() { return lastPushAt == null ? null : lastPushAt.toInstant(); }
    public long pushes() { return pushes; }
}
