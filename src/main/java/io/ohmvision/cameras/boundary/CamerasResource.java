package io.ohmvision.cameras.boundary;

import io.ohmvision.cameras.control.CameraColumn;
import io.ohmvision.cameras.control.CameraFilter;
import io.ohmvision.cameras.control.CameraListing;
import io.ohmvision.cameras.control.CameraRegistry;
import io.ohmvision.cameras.control.CameraSort;
import io.ohmvision.cameras.control.CameraVideo;
import io.ohmvision.cameras.control.ChannelTesting;
import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.video.DeepProbeResult;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.Problem;
import io.ohmvision.platform.QueryParameters;
import io.ohmvision.platform.RequestBody;
import io.ohmvision.platform.Roles;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The camera registry over HTTP. Reading needs any role; writing needs operator; credentials need admin. */
@Path("cameras")
@Tag(name = "cameras", description = "The camera registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CamerasResource {

    private static final String DECODERS_BUSY = "Every video decoder for requests stayed busy (see "
            + "ohmvision.video.decoders-for-requests); ask again after Retry-After seconds";

    @Inject
    CameraRegistry registry;

    @Inject
    CameraListing listing;

    @Inject
    ChannelTesting channels;

    @Inject
    CameraVideo video;

    @Inject
    @ConfigProperty(name = "ohmvision.api.max-page-size", defaultValue = "500")
    int maxPageSize;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "listCameras",
            summary = "List cameras", description = "Paged, ordered by name unless sorted otherwise; filters "
            + "combine with AND")
    @APIResponse(responseCode = "200", description = "A page of cameras",
            content = @Content(schema = @Schema(ref = "CameraPage")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    public CameraPage list(
            @Parameter(description = "0-based page", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size (1 to ohmvision.api.max-page-size, default 50)", example = "50")
            @QueryParam("size") String size,
            @Parameter(description = "Manufacturer id, case-insensitive", example = "hikvision")
            @QueryParam("manufacturer") String manufacturer,
            @Parameter(description = "Connection type", example = "rtsp") @QueryParam("connectionType") String type,
            @Parameter(description = "Health level: unknown, excellent, good, fair, poor, offline", example = "offline")
            @QueryParam("health") String health,
            @Parameter(description = "true or false") @QueryParam("enabled") String enabled,
            @Parameter(description = "Order: name, address, manufacturer, connectionType, level, latency (of the "
                    + "last check), uptime (30 days), lastCheck; a leading - for descending. Cameras without a value "
                    + "come last both ways; ties by name", example = "-latency") @QueryParam("sort") String sort) {
        int pageNumber = QueryParameters.integer("page", page, 0, 0, Integer.MAX_VALUE / maxPageSize);
        int pageSize = QueryParameters.integer("size", size, 50, 1, maxPageSize);
        CameraFilter filter = new CameraFilter(
                Optional.ofNullable(manufacturer).filter(m -> !m.isBlank()),
                QueryParameters.oneOf("connectionType", type, ConnectionType::fromWireName,
                        ConnectionType.allWireNames()),
                QueryParameters.oneOf("health", health, HealthLevel::fromWireName, HealthLevel.allWireNames()),
                QueryParameters.bool("enabled", enabled));
        CameraSort order = QueryParameters.oneOf("sort", sort, CameraSort::fromWireName,
                CameraColumn.allWireNames() + " (- before one for descending)").orElse(CameraSort.BY_NAME);
        long total = listing.count(filter);
        return new CameraPage(listing.list(filter, order, pageNumber * pageSize, pageSize).stream()
                .map(CameraView::of).toList(), pageNumber, pageSize, total, (total + pageSize - 1) / pageSize);
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("{id}")
    @Operation(operationId = "getCamera", summary = "Read one camera")
    @APIResponse(responseCode = "200", description = "The camera",
            content = @Content(schema = @Schema(ref = "Camera")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public CameraView read(@PathParam("id") long id) {
        return CameraView.of(listing.find(id));
    }

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "createCamera", summary = "Register a camera",
            description = "Credentials inside URLs are moved to the encrypted credential fields. Operators may "
                    + "register cameras without credentials; only admins may set credentials. Every URL's scheme "
                    + "must be one the connection type handles (rtsp: rtsp, rtsps; http, https, hls, webrtc: http, "
                    + "https; rtmp: rtmp, rtmps; onvif: rtsp, rtsps, http, https; nvr: rtsp, rtsps; file, usb, "
                    + "webhook: their own; cloud_api: nest; snapshots of network cameras: http, https), else 400.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(ref = "Camera")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public Response create(@Valid CameraRequest request, @Context UriInfo uri) {
        long id = registry.create(RequestBody.required(request).settings(), security.isUserInRole(Roles.ADMIN));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(CameraView.of(listing.find(id))).build();
    }

    @PUT
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("{id}")
    @Operation(operationId = "updateCamera", summary = "Replace a camera's settings",
            description = "Send the version you read; if the stored camera changed since, the answer is 409. "
                    + "username and password left out keep their stored values. The stored password stays with the "
                    + "addresses (scheme, host, port) of the URLs it was given for: a change that points a URL at "
                    + "another one answers 409 and changes nothing, unless it gives the password again (the same "
                    + "password, typed again by anyone who may edit; a different one is a credential change, admins "
                    + "only), an admin sends moveCredentials: true, or an admin clears the password. URL schemes "
                    + "must match the connection type (400), as on POST.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(ref = "Camera")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public CameraView update(@PathParam("id") long id, @Valid CameraRequest request) {
        registry.update(id, RequestBody.required(request).settings(), security.isUserInRole(Roles.ADMIN));
        return CameraView.of(listing.find(id));
    }

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("{id}/probe")
    @Operation(operationId = "probeCamera", summary = "Test every configured channel of a camera now",
            description = "Primary, secondary and snapshot URLs are probed in parallel, each with the probe its URL "
                    + "needs; every result has an outcome (OK, AUTH_FAILED, NOT_FOUND, BUSY, TIMEOUT, REFUSED, "
                    + "UNREACHABLE, PROTOCOL_ERROR, TLS_ERROR, UNSUPPORTED), the latency, media facts and a one-line "
                    + "reason. URLs are masked. A working URL made from a catalogue template teaches the catalogue.")
    @APIResponse(responseCode = "200", description = "One result per configured channel",
            content = @Content(schema = @Schema(implementation = ChannelTesting.ChannelCheck[].class)))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public List<ChannelTesting.ChannelCheck> probe(@PathParam("id") long id) {
        return channels.probeAll(listing.find(id));
    }

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("{id}/deep-probe")
    @Operation(operationId = "deepProbeCamera",
            summary = "Decode the primary stream: time to first frame, delivered fps, frozen picture",
            description = "Opens the stream through FFmpeg, decodes frames over a short window (about 2 s) and "
                    + "compares them; slower than the light probe, meant for on-demand diagnosis")
    @APIResponse(responseCode = "200", description = "The decoded stream: first frame, delivered fps, frozen picture",
            content = @Content(schema = @Schema(ref = "DeepProbe")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    @APIResponse(responseCode = "503", description = DECODERS_BUSY, headers = @Header(name = HttpHeaders.RETRY_AFTER,
            description = "Seconds to wait before asking again", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public DeepProbeView deepProbe(@PathParam("id") long id) {
        return DeepProbeView.of(video.deepProbe(listing.find(id)));
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("{id}/snapshot")
    @Produces("image/jpeg")
    @Operation(operationId = "getCameraSnapshot", summary = "A JPEG snapshot of the camera",
            description = "From the snapshot URL when configured, else a decoded frame of the primary stream")
    @APIResponse(responseCode = "200", description = "The picture", content = @Content(mediaType = "image/jpeg"))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    @APIResponse(responseCode = "502", description = "The camera gave no picture; the detail says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = DECODERS_BUSY, headers = @Header(name = HttpHeaders.RETRY_AFTER,
            description = "Seconds to wait before asking again", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response snapshot(@PathParam("id") long id) {
        DeepProbeResult result = video.snapshot(listing.find(id));
        return result.snapshot().map(jpeg -> Response.ok(jpeg, "image/jpeg").build())
                .orElseGet(() -> Problem.response(Response.Status.BAD_GATEWAY, "No picture from camera " + id + ": "
                        + result.probe().outcome() + ", " + result.probe().reason()));
    }

    // answers no body, or a problem: a client that accepts only problem+json (as generated ones do) is served
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @DELETE
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("{id}")
    @Operation(operationId = "deleteCamera", summary = "Remove a camera")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public void delete(@PathParam("id") long id) {
        registry.delete(id);
    }
}
