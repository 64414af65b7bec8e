package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.onboarding.OnboardingJob;
import io.ohmvision.discovery.onboarding.OnboardingJobs;
import io.ohmvision.platform.OhmVisionApi;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A whole site in one go: scan, ONVIF discovery, auto-detect of every device with a list of credentials, review,
 * then the chosen devices stored together. Operators and admins; storing credentials is for admins, as everywhere.
 */
@Path("discovery/onboarding")
@Tag(name = "discovery")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    @Inject
    OnboardingJobs jobs;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "startOnboarding", summary = "Onboard a whole site",
            description = "Runs in the background: a TCP connect scan of the networks (the scan's limits: own "
                    + "subnets or ohmvision.discovery.allowed-cidrs, at most /20), WS-Discovery by unicast to every "
                    + "host that answered, then auto-detect of every host with an open port "
                    + "(ohmvision.discovery.batch.concurrency at a time) with the credentials in order: each "
                    + "credential is given up at its first wrong-password answer, and a device that refused 3 times "
                    + "in all is not tried further (lockout protection). Recorders are recognised as by auto-detect. "
                    + "Nothing is stored: GET the job (Location) for progress and, per device, what was found and "
                    + "what applying would create or update (a device already registered is recognised by MAC, "
                    + "serial number or address). The job lives in the memory of this member only (it holds the "
                    + "credentials, which are never stored) for an hour; another member answers 404.")
    @APIResponse(responseCode = "202", description = "Started; Location is the job",
            content = @Content(schema = @Schema(ref = "Onboarding")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public Response start(@Valid OnboardingRequest request, @Context UriInfo uri) {
        OnboardingRequest body = RequestBody.required(request);
        OnboardingJob job = jobs.start(body.cidrs, body.credentialsToTry(),
                security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName());
        return Response.accepted(OnboardingView.of(job))
                .location(uri.getBaseUriBuilder().path(OnboardingResource.class).path(job.id()).build())
                .build();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("{id}")
    @Operation(operationId = "getOnboarding", summary = "One onboarding",
            description = "Phase and percent while it runs; per device what was found (address, MAC, maker, "
                    + "model, what works, the index of the credential that worked, never a password) and the "
                    + "proposal: create or update a camera or a recorder with its channels, or none")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(ref = "Onboarding")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public OnboardingView read(@PathParam("id") String id) {
        return OnboardingView.of(jobs.find(id));
    }

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("{id}/cancel")
    @Operation(operationId = "cancelOnboarding", summary = "Cancel an onboarding",
            description = "Stops a job that has not been applied: the scan ends at its next round, no further "
                    + "device is tried (a detection under way ends its own attempt), and the credentials to try "
                    + "are dropped at once; what was found so far stays visible. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(ref = "Onboarding")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    public OnboardingView cancel(@PathParam("id") String id) {
        return OnboardingView.of(jobs.cancel(id));
    }

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("{id}/apply")
    @Operation(operationId = "applyOnboarding", summary = "Store the chosen devices of an onboarding",
            description = "In one transaction: every chosen device is created, or updated when it is registered "
                    + "already (recognised again now by MAC, serial number or address: never duplicated), or none "
                    + "is. A device that worked only with a credential stores it encrypted: admins only (an "
                    + "operator may apply devices that need no credentials, else 403). The job must be ready; "
                    + "once applied its credentials are dropped and it cannot be applied again.")
    @APIResponse(responseCode = "200", description = "Applied; each chosen device says what was stored",
            content = @Content(schema = @Schema(ref = "Onboarding")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public OnboardingView apply(@PathParam("id") String id, @Valid OnboardingApplyRequest request) {
        OnboardingApplyRequest body = RequestBody.required(request);
        return OnboardingView.of(jobs.apply(id, body.devices, security.isUserInRole(Roles.ADMIN)));
    }
}
