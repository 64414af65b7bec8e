package io.ohmvision.cameras.boundary;

import io.ohmvision.cameras.control.CameraCapabilityRefresh;
import io.ohmvision.cameras.entity.CameraCapabilities;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.Problem;
import io.ohmvision.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A camera's capabilities read again from its ONVIF device. Operators and admins: it connects to the device with the
 * stored credentials. GET /api/cameras/{id} shows what was read last.
 */
@Path("cameras/{id}/capabilities")
@Tag(name = "cameras")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CameraCapabilitiesResource {

    @Inject
    CameraCapabilityRefresh capabilities;

    @POST
    @Path("refresh")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "refreshCameraCapabilities", summary = "Read the camera's capabilities from its device now",
            description = "Asks the camera's ONVIF device service (GetServices, or GetCapabilities on old firmware) "
                    + "what it can do, stores and returns it. When no device service is known for the camera (added "
                    + "by hand, or moved to another host), one is looked for on the host of its primary URL, without "
                    + "credentials (GetSystemDateAndTime): on the ports of its HTTP(S) URLs there, then on 80, 8000, "
                    + "2020, 8080 and 8899; the one found is stored with the capabilities. 409 when none answers.")
    @APIResponse(responseCode = "200", description = "The capabilities as now stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CameraCapabilities.class)))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    @APIResponse(responseCode = "502", ref = OhmVisionApi.DEVICE_FAILED)
    public CameraCapabilities refresh(@PathParam("id") long id) {
        return capabilities.refresh(id);
    }
}
