package io.ohmvision.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under /api; every call needs HTTP Basic credentials, and each operation declares the roles that may call
 * it (checked by OperationAuthorization).
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "OhmVision API", version = "0.1.0",
                description = "Camera connectivity and health service. Every call needs HTTP Basic credentials; "
                        + "viewers may only read, operators manage cameras, admins also manage credentials and "
                        + "users. Errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "basicAuth"),
        components = @Components(responses = {
                @APIResponse(name = OhmVisionApi.BAD_REQUEST, responseCode = "400",
                        description = "Invalid input, explained in detail; nothing was changed", content = @Content(
                        mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = OhmVisionApi.UNAUTHORIZED, responseCode = "401",
                        description = "No or wrong HTTP Basic credentials", content = @Content(
                        mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = OhmVisionApi.FORBIDDEN, responseCode = "403",
                        description = "The caller's role does not allow this", content = @Content(
                        mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = OhmVisionApi.NOT_FOUND, responseCode = "404",
                        description = "No such resource", content = @Content(
                        mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = OhmVisionApi.CONFLICT, responseCode = "409",
                        description = "Conflicts with the stored state (stale version, duplicate, last admin, a "
                                + "stored password kept for another address)",
                        content = @Content(
                        mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = OhmVisionApi.TOO_LARGE, responseCode = "413",
                        description = "Request body above ohmvision.api.max-body-bytes", content = @Content(
                        mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = OhmVisionApi.NO_PTZ, responseCode = "409",
                        description = "No ONVIF device service known for the camera, or its device has no PTZ service or no profile with a "
                                + "PTZ configuration; the detail says which", content = @Content(
                        mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = OhmVisionApi.DEVICE_FAILED, responseCode = "502",
                        description = "The camera refused (the detail names the ONVIF fault codes, e.g. "
                                + "ter:NoToken) or did not answer in time", content = @Content(
                        mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = OhmVisionApi.PTZ_BUSY, responseCode = "503",
                        description = "Every PTZ connection stayed busy (ohmvision.ptz.max-concurrent); ask again "
                                + "after Retry-After seconds", headers = @Header(name = "Retry-After",
                        description = "Seconds to wait before asking again", schema = @Schema(
                        type = SchemaType.INTEGER)), content = @Content(
                        mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))}))
@SecurityScheme(securitySchemeName = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic")
public class OhmVisionApi extends Application {

    /**
     * Names of the shared error responses, for {@code @APIResponse(ref = ...)} on each operation method: Payara's
     * OpenAPI leaves class-level responses off (OpenApiCompletenessIT checks every operation under /api).
     */
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String TOO_LARGE = "PayloadTooLarge";
    public static final String NO_PTZ = "NoPtz";
    public static final String DEVICE_FAILED = "DeviceFailed";
    public static final String PTZ_BUSY = "PtzBusy";
}
