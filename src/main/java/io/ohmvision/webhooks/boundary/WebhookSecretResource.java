package io.ohmvision.webhooks.boundary;

import io.ohmvision.channels.webhook.WebhookSignature;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.Roles;
import io.ohmvision.webhooks.control.WebhookInbox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A camera's webhook secret: a credential, so only admins create one. */
@Path("cameras/{id}/webhook-secret")
@Tag(name = "webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookSecretResource {

    @Inject
    WebhookInbox inbox;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createWebhookSecret", summary = "Create (or replace) a camera's webhook secret",
            description = "The secret is returned this once and stored encrypted; a previous secret stops working. "
                    + "A camera of connection type webhook is then healthy while it pushes at least once per "
                    + "connectionConfig.webhook.offlineAfter (default ohmvision.webhook.offline-after, PT5M).")
    @APIResponse(responseCode = "200", description = "The new secret",
            content = @Content(schema = @Schema(ref = "WebhookSecretView")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public WebhookSecretView create(@PathParam("id") long id) {
        return new WebhookSecretView(id, inbox.newSecret(id), "/api/webhooks/" + id,
                WebhookSignature.SIGNATURE_HEADER, WebhookSignature.TOKEN_HEADER);
    }
}
