package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.scan.NetworkInfo;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the host is connected to, read fresh on every call (interfaces come and go). */
@Path("discovery/network-info")
@Tag(name = "discovery", description = "Network scan for cameras")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkInfoResource {

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "getNetworkInfo",
            summary = "The host's network interfaces, addresses, subnets and default gateway",
            description = "The subnets of interfaces that are up are the networks a scan may cover by default")
    @APIResponse(responseCode = "200", description = "Interfaces and default route",
            content = @Content(schema = @Schema(ref = "NetworkInfo")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    public NetworkInfo networkInfo() {
        return NetworkInfo.read();
    }
}
