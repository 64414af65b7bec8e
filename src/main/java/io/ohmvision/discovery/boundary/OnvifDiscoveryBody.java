package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.scan.OnvifDiscoveryRequest;
import io.ohmvision.platform.ProblemException;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A WS-Discovery run as a client asks for it. */
@Schema(name = "OnvifDiscoveryRequest")
public class OnvifDiscoveryBody {

    @Schema(type = SchemaType.ARRAY, implementation = String.class,
            description = "Interfaces to multicast the Probe on (GET /api/discovery/network-info lists them); "
                    + "never all by default", example = "[\"eth0\"]")
    public List<String> interfaces;

    @Schema(type = SchemaType.ARRAY, implementation = String.class,
            description = "Devices to probe by unicast: \"ip\" or \"ip:port\" (3702 when left out), on a subnet of "
                    + "this host or in ohmvision.discovery.allowed-cidrs", example = "[\"192.168.1.64\"]")
    public List<String> addresses;

    @Schema(description = "How long to listen, 500 to ohmvision.discovery.onvif.max-window (10 s); default 3000. "
            + "Probes are sent three times, 150 ms apart", example = "3000")
    public Long windowMs;

    @Schema(description = "For the ONVIF reads of each device found; left out: only what needs no credentials",
            example = "admin")
    public String username;

    @Schema(description = "Write-only: never returned or logged", example = "s3cret")
    public String password;

    OnvifDiscoveryRequest toRequest() {
        if (windowMs != null && windowMs <= 0) {
            throw ProblemException.badRequest("windowMs must be positive, not " + windowMs);
        }
        return new OnvifDiscoveryRequest(interfaces, addresses, windowMs == null ? null : Duration.ofMillis(windowMs),
                username, password);
    }
}
