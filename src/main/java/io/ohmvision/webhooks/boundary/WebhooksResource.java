package io.ohmvision.webhooks.boundary;

import io.ohmvision.channels.webhook.WebhookSignature;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.Problem;
import io.ohmvision.platform.QueryParameters;
import io.ohmvision.platform.Roles;
import io.ohmvision.webhooks.control.WebhookInbox;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where cameras push their events. POST is open to the network (@PermitAll, and in web.xml): cameras often cannot
 * do HTTP Basic, so each push is authenticated by its camera's own secret instead; reading events needs a user.
 */
@Path("webhooks")
@Tag(name = "webhooks", description = "Camera pushes (Hikvision HTTP listening, ONVIF Basic Notification, JSON)")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    @Inject
    WebhookInbox inbox;

    // answers no body, or a problem: a client that accepts only problem+json (as generated ones do) is served
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @POST
    @PermitAll
    @Path("{cameraId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "receiveWebhook", summary = "Receive a camera's push",
            description = "Authenticated by the camera's webhook secret, not by a user: either " + WebhookSignature
                    .SIGNATURE_HEADER + ": sha256=<hex HMAC-SHA256 of the body under the secret> (of "
                    + "<timestamp>.<body> with " + WebhookSignature.TIMESTAMP_HEADER + ", refused when more than 5 "
                    + "minutes off: no replay), or the secret "
                    + "itself in " + WebhookSignature.TOKEN_HEADER + " or ?token= for devices that cannot sign. "
                    + "Bodies: Hikvision EventNotificationAlert (XML or JSON), ONVIF wsnt:Notify (SOAP), or a JSON "
                    + "object (eventType, state, channel, time). XML with a DOCTYPE is refused. Every push counts as "
                    + "a heartbeat; events other than Hikvision's videoloss/inactive heartbeat are stored and sent "
                    + "on /ws/health. Nothing is stored when the answer is an error.")
    @APIResponse(responseCode = "204", description = "Received")
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = "Signature or token missing or wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public void receive(@PathParam("cameraId") long cameraId,
            @Parameter(description = "sha256=<hex>") @HeaderParam(WebhookSignature.SIGNATURE_HEADER) String signature,
            @HeaderParam(WebhookSignature.TOKEN_HEADER) String tokenHeader,
            @Parameter(description = "Unix seconds; when sent, the signature covers <timestamp>.<body> and the push "
                    + "must arrive within 5 minutes of it (no replay)")
            @HeaderParam(WebhookSignature.TIMESTAMP_HEADER) String timestamp,
            @Parameter(description = "The secret, for devices that can set neither header")
            @QueryParam("token") String tokenQuery,
            @RequestBody(description = "The push as the camera sends it: XML (Hikvision, ONVIF) or JSON",
                    content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING,
                            format = "binary"))) byte[] body) {
        inbox.receive(cameraId, body == null ? new byte[0] : body, signature,
                tokenHeader != null ? tokenHeader : tokenQuery, timestamp);
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("{cameraId}/events")
    @Operation(operationId = "listWebhookEvents", summary = "A camera's latest pushed events, newest first",
            description = "Kept for ohmvision.webhook.retention (default 7 days)")
    @APIResponse(responseCode = "200", description = "The latest stored events, newest first",
            content = @Content(schema = @Schema(implementation = WebhookEventView[].class)))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public List<WebhookEventView> events(@PathParam("cameraId") long cameraId,
            @Parameter(description = "1 to 500, default 50") @QueryParam("limit") String limit) {
        return inbox.latestEvents(cameraId, QueryParameters.integer("limit", limit, 50, 1, 500)).stream()
                .map(WebhookEventView::of).toList();
    }
}
