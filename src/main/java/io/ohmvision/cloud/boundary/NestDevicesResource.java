package io.ohmvision.cloud.boundary;

import io.ohmvision.channels.cloud.NestCredentials;
import io.ohmvision.cloud.control.NestCamera;
import io.ohmvision.cloud.control.NestDirectory;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.Problem;
import io.ohmvision.platform.RequestBody;
import io.ohmvision.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lists the cameras of a Google Nest Device Access project, to register them as cloud cameras. */
@Path("cloud/nest/devices")
@Tag(name = "cloud", description = "Cloud cameras (Google Nest Smart Device Management API)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NestDevicesResource {

    @Inject
    NestDirectory directory;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listNestDevices", summary = "List a Nest project's cameras",
            description = "Refreshes an access token with the given OAuth client and refresh token and lists the "
                    + "project's devices that stream (supportedProtocols RTSP or WEB_RTC). Register each as a camera "
                    + "with connectionType cloud_api, its primaryStreamUrl, and cloudConfig {clientId, clientSecret, "
                    + "refreshToken} (stored encrypted). Admins only: the body carries secrets.")
    @APIResponse(responseCode = "200", description = "The project's cameras, each with the URL to register it under",
            content = @Content(schema = @Schema(implementation = NestCamera[].class)))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    @APIResponse(responseCode = "502", description = "Google refused or failed; the detail says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public List<NestCamera> list(@Valid NestDevicesRequest request) {
        NestDevicesRequest body = RequestBody.required(request);
        return directory.camerasOf(body.projectId, new NestCredentials(body.clientId, body.clientSecret,
                body.refreshToken));
    }
}
