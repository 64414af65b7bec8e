package io.ohmvision.admin;

import io.ohmvision.cameras.control.CameraDetails;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.cloud.control.NestCloudConfig;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.webhooks.control.WebhookInbox;
import io.ohmvision.webhooks.entity.WebhookEvent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The part of a camera's page that depends on how it connects: a webhook camera's receiver URL, secret and latest
 * events; a cloud camera's provider and device (never its tokens). A new webhook secret lives only in the request
 * that created it: shown once, never kept in the view or the session.
 */
@Named("connection")
@ViewScoped
public class CameraConnectionPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FRESH_SECRET = CameraConnectionPanel.class.getName() + ".secret";
    static final int EVENTS_SHOWN = 10;

    @Inject
    CameraDetailPage page;

    @Inject
    WebhookInbox inbox;

    @Inject
    ConsoleUser user;

    private CameraDetails camera() {
        return page.getCamera();
    }

    public boolean isWebhook() {
        return camera().getConnectionType() == ConnectionType.WEBHOOK;
    }

    public boolean isCloud() {
        return camera().getConnectionType() == ConnectionType.CLOUD_API;
    }

    /** Where this camera must push, as the browser reaches this server. */
    public String getReceiverUrl() {
        return receivers() + "/" + page.getId();
    }

    /** The webhook receivers' URL as the browser reaches this server: cameras push to it + "/" + camera id. */
    static String receivers() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.getRequestScheme() + "://" + context.getRequestServerName() + ":"
                + context.getRequestServerPort() + context.getRequestContextPath() + "/api/webhooks";
    }

    public void generateSecret() {
        Feedback.attempt("Secret not created", () -> {
            user.requireEditor();
            if (!user.isAdmin()) {
                throw ProblemException.forbidden("Only admins handle webhook secrets");
            }
            FacesContext.getCurrentInstance().getAttributes().put(FRESH_SECRET, inbox.newSecret(page.getId()));
            Feedback.info("Secret created", "Shown this once: configure it in the camera now; the previous secret "
                    + "no longer works");
        });
    }

    /** The secret just generated, in this request only; null otherwise. */
    public String getFreshSecret() {
        return (String) FacesContext.getCurrentInstance().getAttributes().get(FRESH_SECRET);
    }

    public boolean isHasReceiver() {
        return inbox.state(page.getId()).isPresent();
    }

    public Instant getLastPushAt() {
        return inbox.state(page.getId()).map(WebhookInbox.ReceiverState::lastPushAt).orElse(null);
    }

    public List<WebhookEvent> getEvents() {
        return inbox.latestEvents(page.getId(), EVENTS_SHOWN);
    }

    /** "project P, device D" from the camera's nest:// URL; the credentials stay in its encrypted settings. */
    public String getCloudDevice() {
        return StreamUrl.parse(camera().getPrimaryStreamUrl())
                .filter(url -> NestCloudConfig.SCHEME.equals(url.scheme()))
                .map(url -> "project " + url.host() + ", device " + url.pathAndQuery().substring(1))
                .orElse(StreamUrl.mask(camera().getPrimaryStreamUrl()));
    }
}
