package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.scan.DiscoveredDevice;
import io.ohmvision.discovery.scan.OnvifDiscovery;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.RequestBody;
import io.ohmvision.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** ONVIF devices on chosen links: WS-Discovery, then what each device tells over ONVIF. */
@Path("discovery/onvif")
@Tag(name = "discovery")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnvifDiscoveryResource {

    private static final String EXAMPLE = """
            [{"endpoint": "urn:uuid:4a6e3c1e-5d7b-4c8e-9f00-0123456789ab", "address": "192.168.1.64",
              "xaddrs": ["http://192.168.1.64/onvif/device_service"],
              "types": ["dn:NetworkVideoTransmitter", "tds:Device"],
              "scopes": ["onvif://www.onvif.org/Profile/Streaming", "onvif://www.onvif.org/hardware/DS-2CD2143G2-I"],
              "name": "Gate", "hardware": "DS-2CD2143G2-I", "macAddress": "44:19:b6:01:02:03",
              "outcome": "OK", "reason": "2 profile(s)", "notFollowed": [], "deviceManufacturer": "HIKVISION",
              "model": "DS-2CD2143G2-I", "firmwareVersion": "V5.7.3", "serialNumber": "DS-2CD2143G2-I20230101",
              "manufacturer": "hikvision", "manufacturerEvidence": ["hikvision: onvif.manufacturer 'HIKVISION' matches alias 'HIKVISION'"],
              "profiles": [{"token": "Profile_1", "name": "mainStream", "encoding": "H264", "width": 2688,
                            "height": 1520, "frameRate": 25.0,
                            "streamUri": "rtsp://192.168.1.64:554/Streaming/Channels/101",
                            "snapshotUri": "http://192.168.1.64/onvif-http/snapshot?Profile_1"}]}]
            """;

    @Inject
    OnvifDiscovery discovery;

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("discover")
    @Operation(operationId = "discoverOnvif", summary = "Discover ONVIF devices",
            description = "Sends WS-Discovery Probes (NetworkVideoTransmitter, Device and empty Types, three rounds "
                    + "150 ms apart) by multicast on the chosen interfaces only (each socket pinned to its interface) "
                    + "and by unicast to the given addresses; listens for the window; devices are deduplicated by "
                    + "their endpoint UUID and 0.0.0.0 in XAddrs is replaced by the sender's address. Then each "
                    + "device's ONVIF service is read (device information, profiles, stream and snapshot URIs; "
                    + "clock skew corrected) and its manufacturer recognised from scopes and device information. "
                    + "Only an XAddr on the address the answer came from is asked, and only stream and snapshot "
                    + "URIs on the device's own host are kept; the others are listed in notFollowed, never "
                    + "fetched. The request waits for the window.")
    @APIResponse(responseCode = "200", description = "The devices that answered, in the order first heard",
            content = @Content(schema = @Schema(implementation = DiscoveredDevice[].class),
                    examples = @ExampleObject(name = "one camera", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public List<DiscoveredDevice> discover(OnvifDiscoveryBody body) {
        return discovery.discover(RequestBody.required(body).toRequest());
    }
}
