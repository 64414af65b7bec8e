package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.control.AutoDetectRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One device to auto-detect, as a client sends it. A class with fields, like CameraRequest, for Payara's OpenAPI. */
@Schema(name = "AutoDetectRequest")
public class AutoDetectBody {

    @Schema(required = true, description = "IPv4 address of the device; on a subnet of this host or in "
            + "ohmvision.discovery.allowed-cidrs", example = "192.168.1.64")
    public String ip;

    @Schema(description = "A port to try besides the usual camera ports (a non-standard ONVIF or RTSP port)",
            example = "8899")
    public Integer port;

    @Schema(description = "Left out for a device without authentication", example = "admin")
    public String username;

    @Schema(description = "Write-only: never returned, logged or put into a URL shown", example = "s3cret@gate")
    public String password;

    @Schema(description = "Catalogue id when the make is known; left out: recognised from the MAC block, Server "
            + "headers and ONVIF", example = "hikvision")
    public String manufacturer;

    @Schema(description = "Create a camera from the result (admin when credentials are given); nothing is created "
            + "without a working main stream", example = "true")
    public Boolean create;

    @Schema(description = "Update this camera with the result instead of creating one")
    public Long cameraId;

    @Schema(description = "Name of the camera created; left out: the model and address", example = "Gate, north")
    public String name;

    AutoDetectRequest toRequest() {
        return new AutoDetectRequest(ip, port, username, password, manufacturer, Boolean.TRUE.equals(create),
                cameraId, name);
    }
}
