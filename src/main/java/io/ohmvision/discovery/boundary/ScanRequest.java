package io.ohmvision.discovery.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scan as a client asks for it. A class with fields, like CameraRequest, for Payara's OpenAPI scanner. */
@Schema(name = "ScanRequest")
public class ScanRequest {

    @Schema(type = SchemaType.ARRAY, implementation = String.class, required = true,
            description = "IPv4 networks in CIDR notation; each must be a subnet of this host or "
                    + "listed in ohmvision.discovery.allowed-cidrs, at most /20 (4096 addresses) in all",
                    example = "[\"192.168.1.0/24\"]")
    public List<String> cidrs;

    @Schema(type = SchemaType.ARRAY, implementation = Integer.class,
            description = "TCP ports to try (1 to 65535, at most 100); left out: every default port of the catalogue "
                    + "plus 80, 443, 554, 8554, 8000, 8080, 37777, 34567, 1935, 2020, 8899",
            example = "[80, 554, 8000]")
    public List<Integer> ports;
}
