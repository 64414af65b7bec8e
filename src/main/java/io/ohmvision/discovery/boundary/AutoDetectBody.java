package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.detect.AutoDetectRequest;
import io.ohmvision.discovery.detect.NestDetectRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One device to auto-detect, as a client sends it. A class with fields, like CameraRequest, for Payara's OpenAPI. */
@Schema(name = "AutoDetectRequest")
public class AutoDetectBody {

    @Schema(description = "What to detect: left out for a device on the network (a camera or an NVR/DVR recorder); "
            + "webhook for a camera that pushes its events; cloud_api (or nest) for the cameras of a Google Nest "
            + "Device Access project", enumeration = {"webhook", "cloud_api", "nest"}, example = "webhook")
    public String connectionType;

    @Schema(description = "IPv4 address of the device; on a subnet of this host or in "
            + "ohmvision.discovery.allowed-cidrs. Required for a device on the network; optional for a webhook "
            + "camera", example = "192.168.1.64")
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

    @Schema(description = "Update this camera with the result instead of creating one. Detection uses only the "
            + "credentials given here, never the camera's stored ones; storing a result at an address (scheme, host, "
            + "port) the stored password was not given for answers 409 unless the password is given again or an "
            + "admin sends moveCredentials")
    public Long cameraId;

    @Schema(description = "With cameraId, admins only: move the camera's stored password with the result to "
            + "addresses it was not given for", example = "false")
    public Boolean moveCredentials;

    @Schema(description = "Name of the camera created; left out: the model and address", example = "Gate, north")
    public String name;

    @Schema(description = "cloud_api: the Device Access project id", example = "b3f1c8e2-7a40-4c1e-9d3a-5e7f0a2b6c91")
    public String projectId;

    @Schema(description = "cloud_api: the project's OAuth client id", example = "123-abc.apps.googleusercontent.com")
    public String clientId;

    @Schema(description = "cloud_api, write-only: the OAuth client secret; admins only")
    public String clientSecret;

    @Schema(description = "cloud_api, write-only: the OAuth refresh token a user granted the project; admins only")
    public String refreshToken;

    @Schema(description = "cloud_api with create: which of the project's cameras to register",
            example = "AVPHwEtyzgSxu6EuaIOfvzmr")
    public String deviceId;

    /** Public for the console's test that its wizard asks for what this body asks for. */
    public AutoDetectRequest toRequest() {
        return new AutoDetectRequest(ip, port, username, password, manufacturer, Boolean.TRUE.equals(create),
                cameraId, name, Boolean.TRUE.equals(moveCredentials));
    }

    NestDetectRequest toNestRequest() {
        return new NestDetectRequest(projectId, clientId, clientSecret, refreshToken, deviceId, name,
                Boolean.TRUE.equals(create));
    }
}
