package io.ohmvision.recorders.boundary;

import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.Problem;
import io.ohmvision.platform.RequestBody;
import io.ohmvision.platform.Roles;
import io.ohmvision.recorders.control.RecorderGate;
import io.ohmvision.recorders.control.RecorderRegistry;
import io.ohmvision.recorders.entity.Recorder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** NVR/DVR recorders: one device, one camera per channel. */
@Path("recorders")
@Tag(name = "recorders", description = "NVR/DVR recorders and their channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecordersResource {

    @Inject
    RecorderRegistry registry;

    @Inject
    RecorderGate gate;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "addRecorder", summary = "Add a recorder and its channels",
            description = "Looks for channels 1..channels with the manufacturer's catalogue numbering (Hikvision "
                    + "channel x 100 + stream, Dahua channel=N&subtype=M, Uniview /unicast/cN/sM/live, Hanwha "
                    + "/LiveChannel/N-1/media.smp, ...), or takes them from the recorder's ONVIF profiles when onvifUrl "
                    + "is given (one channel per video source), and probes them a few at a time; each channel that "
                    + "answers becomes a camera "
                    + "of connection type nvr linked to the recorder. Credentials need admin.")
    @APIResponse(responseCode = "201", description = "Added, with the channels found and those that did not answer",
            content = @Content(schema = @Schema(ref = "RecorderView")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    @APIResponse(responseCode = "502", description = "No channel answered; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response add(@Valid RecorderRequest request, @Context UriInfo uri) {
        RecorderRegistry.Added added = registry.add(RequestBody.required(request).settings(),
                security.isUserInRole(Roles.ADMIN));
        Recorder recorder = added.recorder();
        List<RecorderView.MissingChannelView> missing = added.missing().stream()
                .map(m -> RecorderView.MissingChannelView.of(m.channel(), m.result().orElseThrow())).toList();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(recorder.getId())).build())
                .entity(RecorderView.added(recorder, added.cameras(), gate.state(recorder.getId()), missing,
                        added.notFollowed())).build();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "listRecorders", summary = "List recorders with their channels and health")
    @APIResponse(responseCode = "200", description = "Every recorder with its channels",
            content = @Content(schema = @Schema(implementation = RecorderView[].class)))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    public List<RecorderView> list() {
        return registry.list().stream().map(this::view).toList();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("{id}")
    @Operation(operationId = "getRecorder", summary = "Read one recorder with its channels and health")
    @APIResponse(responseCode = "200", description = "The recorder",
            content = @Content(schema = @Schema(ref = "RecorderView")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public RecorderView read(@PathParam("id") long id) {
        return view(registry.find(id));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("{id}/credentials")
    @Operation(operationId = "changeRecorderCredentials",
            summary = "Change a recorder's credentials, for it and all its channels",
            description = "For a rotated password: the recorder and every channel camera get the new credentials, "
                    + "stored encrypted, and channels waiting for credentials after AUTH_FAILED are checked again at "
                    + "once, keeping their history. Admins only.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(ref = "RecorderView")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public RecorderView changeCredentials(@PathParam("id") long id, @Valid RecorderCredentials credentials) {
        RecorderCredentials body = RequestBody.required(credentials);
        return view(registry.changeCredentials(id, body.username, body.password));
    }

    // answers no body, or a problem: a client that accepts only problem+json (as generated ones do) is served
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @DELETE
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("{id}")
    @Operation(operationId = "deleteRecorder", summary = "Remove a recorder and its channel cameras")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public void delete(@PathParam("id") long id) {
        registry.delete(id);
    }

    private RecorderView view(Recorder recorder) {
        return RecorderView.of(recorder, registry.channelsOf(recorder.getId()), gate.state(recorder.getId()));
    }
}
