package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.entity.ScanJob;
import io.ohmvision.discovery.scan.ScanJobStore;
import io.ohmvision.discovery.scan.ScanJobs;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.platform.RequestBody;
import io.ohmvision.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/**
 * Network scans for cameras. Reading needs any role; scanning needs operator. A root of its own under discovery/
 * (the catalogue holds "discovery"): two root resources with one path are not portable JAX-RS.
 */
@Path("discovery/scan")
@Tag(name = "discovery", description = "Network scan for cameras")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScansResource {

    @Inject
    ScanJobs scans;

    @Inject
    ScanJobStore store;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("start")
    @Operation(operationId = "startScan", summary = "Start a TCP connect scan",
            description = "Runs in the background: every host address of the networks on every port, 512 connects "
                    + "in flight, 400 ms per connect (configurable). A refused connection counts the host as alive. "
                    + "At the end, MAC addresses come from the neighbour table and the manufacturer is guessed from "
                    + "the MAC block and from RTSP/HTTP replies of the open ports. Only the host's own subnets may be "
                    + "scanned unless ohmvision.discovery.allowed-cidrs lists more.")
    @APIResponse(responseCode = "202", description = "Started; Location is the job",
            content = @Content(schema = @Schema(ref = "ScanJob")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public Response start(ScanRequest request, @Context UriInfo uri) {
        ScanRequest body = RequestBody.required(request);
        ScanJob job = scans.start(body.cidrs, body.ports,
                security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName());
        return Response.accepted(ScanJobView.of(job, List.of()))
                .location(uri.getBaseUriBuilder().path(ScansResource.class)
                        .path(String.valueOf(job.getId())).build())
                .build();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("status")
    @Operation(operationId = "getLatestScan",
            summary = "The latest scan job", description = "Progress while it runs, hosts once it ended")
    @APIResponse(responseCode = "200", description = "The latest job",
            content = @Content(schema = @Schema(ref = "ScanJob")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public ScanJobView latest() {
        return view(store.latest().orElseThrow(() -> ProblemException.notFound("no scan has been started yet")));
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("{jobId}")
    @Operation(operationId = "getScan",
            summary = "One scan job", description = "Progress while it runs, hosts once it ended")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(ref = "ScanJob")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public ScanJobView read(@PathParam("jobId") long jobId) {
        return view(scans.find(jobId));
    }

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("{jobId}/cancel")
    @Operation(operationId = "cancelScan", summary = "Cancel a running scan",
            description = "The job is cancelled at once; its node stops connecting within a second and stores the "
                    + "hosts found until then")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(ref = "ScanJob")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    public ScanJobView cancel(@PathParam("jobId") long jobId) {
        return view(scans.cancel(jobId));
    }

    private ScanJobView view(ScanJob job) {
        return ScanJobView.of(job, store.hostsOf(job.getId()));
    }
}
