package io.ohmvision.recorders.boundary;

import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.Roles;
import io.ohmvision.recorders.control.RecorderGate;
import io.ohmvision.recorders.control.RecorderRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recorder-level health: each recorder's own state with its channels rolled up. */
@Path("health/recorders")
@Tag(name = "health")
@Produces(MediaType.APPLICATION_JSON)
public class RecorderHealthResource {

    @Inject
    RecorderRegistry registry;

    @Inject
    RecorderGate gate;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "listRecorderHealth", summary = "Every recorder's health rolled up from its channels",
            description = "recorder: online, offline or unknown (the recorder itself is only checked when a channel "
                    + "cannot connect); channelsOnline/Offline/Unknown from the channel cameras")
    @APIResponse(responseCode = "200", description = "Each recorder's own state and its channels rolled up",
            content = @Content(schema = @Schema(implementation = RecorderView.RecorderHealthView[].class)))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    public List<RecorderView.RecorderHealthView> recorders() {
        return registry.list().stream().map(r -> RecorderView.RecorderHealthView.of(r,
                registry.channelsOf(r.getId()), gate.state(r.getId()))).toList();
    }
}
