package io.ohmvision.cameras.boundary;

import io.ohmvision.cameras.control.CameraPtz;
import io.ohmvision.channels.onvif.PtzPreset;
import io.ohmvision.channels.onvif.PtzVelocity;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.Problem;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.platform.RequestBody;
import io.ohmvision.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pan, tilt and zoom over ONVIF, for cameras connected over ONVIF whose device has a PTZ service. Operators and
 * admins only: moving a camera changes what every viewer sees. Commands answer 204 once the camera accepted them.
 */
@Path("cameras/{id}/ptz")
@Tag(name = "cameras")
// answers no body, or a problem: a client that accepts only problem+json (as generated ones do) is served
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class CameraPtzResource {

    @Inject
    CameraPtz ptz;

    @POST
    @Path("move")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "movePtz", summary = "Start a continuous pan, tilt and zoom",
            description = "The camera keeps moving at these speeds until .../ptz/stop, the next move, or timeoutMs")
    @APIResponse(responseCode = "204", description = "The camera is moving")
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.NO_PTZ)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    @APIResponse(responseCode = "502", ref = OhmVisionApi.DEVICE_FAILED)
    @APIResponse(responseCode = "503", ref = OhmVisionApi.PTZ_BUSY)
    public void move(@PathParam("id") long id, @Valid PtzMoveRequest request) {
        RequestBody.required(request);
        PtzVelocity velocity = new PtzVelocity(speed(request.pan), speed(request.tilt), speed(request.zoom));
        if (velocity.still()) {
            throw ProblemException.badRequest("Give a pan, tilt or zoom speed other than 0; to stop, POST .../ptz/stop");
        }
        ptz.move(id, velocity, Duration.ofMillis(request.timeoutMs == null ? PtzMoveRequest.DEFAULT_TIMEOUT_MS
                : request.timeoutMs));
    }

    @POST
    @Path("stop")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "stopPtz", summary = "Stop panning, tilting and zooming")
    @APIResponse(responseCode = "204", description = "The camera stopped")
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.NO_PTZ)
    @APIResponse(responseCode = "502", ref = OhmVisionApi.DEVICE_FAILED)
    @APIResponse(responseCode = "503", ref = OhmVisionApi.PTZ_BUSY)
    public void stop(@PathParam("id") long id) {
        ptz.stop(id);
    }

    @GET
    @Path("presets")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPtzPresets", summary = "The positions the camera stored",
            description = "In the camera's order, at most 256; presets whose token is not 1 to 64 of A-Z a-z 0-9 "
                    + "_ . : - are left out, as they could not be asked for")
    @APIResponse(responseCode = "200", description = "The presets",
            content = @Content(schema = @Schema(implementation = PtzPresetView[].class)))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.NO_PTZ)
    @APIResponse(responseCode = "502", ref = OhmVisionApi.DEVICE_FAILED)
    @APIResponse(responseCode = "503", ref = OhmVisionApi.PTZ_BUSY)
    public List<PtzPresetView> presets(@PathParam("id") long id) {
        return ptz.presets(id).stream().map(PtzPresetView::of).toList();
    }

    @POST
    @Path("presets/{token}/goto")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "gotoPtzPreset", summary = "Move to a stored position")
    @APIResponse(responseCode = "204", description = "The camera is moving there")
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.NO_PTZ)
    @APIResponse(responseCode = "502", ref = OhmVisionApi.DEVICE_FAILED)
    @APIResponse(responseCode = "503", ref = OhmVisionApi.PTZ_BUSY)
    public void gotoPreset(@PathParam("id") long id,
            @Parameter(description = "A token from .../ptz/presets: 1 to 64 of A-Z a-z 0-9 _ . : -", example = "1",
                    required = true)
            @PathParam("token") String token) {
        if (!PtzPreset.validToken(token)) {
            throw ProblemException.badRequest("A preset token is 1 to 64 of A-Z a-z 0-9 _ . : - (as listed by "
                    + ".../ptz/presets)");
        }
        ptz.gotoPreset(id, token);
    }

    @POST
    @Path("home")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "gotoPtzHome", summary = "Move to the home position")
    @APIResponse(responseCode = "204", description = "The camera is moving home")
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.NO_PTZ)
    @APIResponse(responseCode = "502", ref = OhmVisionApi.DEVICE_FAILED)
    @APIResponse(responseCode = "503", ref = OhmVisionApi.PTZ_BUSY)
    public void home(@PathParam("id") long id) {
        ptz.home(id);
    }

    private static double speed(Double given) {
        return given == null ? 0 : given;
    }
}
