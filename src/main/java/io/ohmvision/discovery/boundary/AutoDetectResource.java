package io.ohmvision.discovery.boundary;

import io.ohmvision.cameras.boundary.CamerasResource;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.discovery.detect.AutoDetectReport;
import io.ohmvision.discovery.detect.AutoDetection;
import io.ohmvision.discovery.detect.NestCameraDetection;
import io.ohmvision.discovery.detect.NestDetectReport;
import io.ohmvision.discovery.detect.WebhookCameraDetection;
import io.ohmvision.discovery.detect.WebhookDetectReport;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.Problem;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.platform.RequestBody;
import io.ohmvision.platform.Roles;
import io.ohmvision.recorders.boundary.RecordersResource;
import io.ohmvision.webhooks.boundary.WebhooksResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Finds out by itself how to reach one camera, and can register it in the same call. */
@Path("discovery/auto-detect")
@Tag(name = "discovery")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AutoDetectResource {

    static final String EXAMPLE = """
            {"address": "192.168.1.64", "openPorts": [80, 554, 8000],
             "onvif": {"deviceServiceUrl": "http://192.168.1.64:80/onvif/device_service", "outcome": "OK",
                       "reason": "2 profile(s)", "deviceManufacturer": "HIKVISION", "model": "DS-2CD2143G2-I",
                       "firmwareVersion": "V5.7.3", "serialNumber": "DS-2CD2143G2-I20230101", "profiles": 2,
                       "notFollowed": []},
             "manufacturer": "hikvision",
             "manufacturerEvidence": ["hikvision: mac-oui '44:19:b6:01:02:03' matches MA-L 4419B6 ..."],
             "summary": "14 candidates: 3 OK, 1 wrong password, 10 not found", "lockout": null, "leftOut": 0,
             "candidates": [{"rank": 1, "kind": "stream", "source": "onvif", "hint": "onvif profile Main",
                             "maskedUrl": "rtsp://admin:***@192.168.1.64:554/Streaming/Channels/101",
                             "outcome": "OK", "latencyMillis": 14, "videoCodec": "H.264", "width": 2688,
                             "height": 1520, "fps": 25.0, "reason": "DESCRIBE 200, H.264 2688x1520 25 fps"}],
             "main": {"url": "rtsp://192.168.1.64:554/Streaming/Channels/101",
                      "maskedUrl": "rtsp://admin:***@192.168.1.64:554/Streaming/Channels/101", "source": "onvif",
                      "why": "OK, H.264 2688x1520 25 fps in 14 ms (onvif onvif profile Main): the highest resolution of 2 working streams",
                      "videoCodec": "H.264", "width": 2688, "height": 1520, "fps": 25.0},
             "sub": {"url": "rtsp://192.168.1.64:554/Streaming/Channels/102", "why": "...below the main stream's 2688x1520"},
             "snapshot": {"url": "http://192.168.1.64/onvif-http/snapshot?Profile_1", "why": "..."},
             "tookMillis": 420, "cameraId": 12, "saving": "created camera 12"}
            """;

    static final String RECORDER_EXAMPLE = """
            {"address": "192.168.1.200", "openPorts": [80, 554], "manufacturer": "hikvision",
             "main": {"url": "rtsp://192.168.1.200:554/Streaming/Channels/101", "source": "vendor"},
             "recorder": {"description": "recorder with 3 channels",
                          "recognisedBy": "hikvision recorder numbering: channel 2 answers",
                          "manufacturer": "hikvision", "onvifUrl": null, "port": 554,
                          "channels": [{"channel": 1, "main": "rtsp://192.168.1.200:554/Streaming/Channels/101",
                                        "sub": "rtsp://192.168.1.200:554/Streaming/Channels/102"},
                                       {"channel": 2, "main": "rtsp://192.168.1.200:554/Streaming/Channels/201",
                                        "sub": "rtsp://192.168.1.200:554/Streaming/Channels/202"},
                                       {"channel": 3, "main": "rtsp://192.168.1.200:554/Streaming/Channels/301",
                                        "sub": "rtsp://192.168.1.200:554/Streaming/Channels/302"}]},
             "cameraId": null, "recorderId": 3, "saving": "created recorder 3 with 3 channel camera(s)"}
            """;

    static final String WEBHOOK_EXAMPLE = """
            {"connectionType": "webhook", "receiverUrl": "https://ohmvision.example/api/webhooks/{cameraId}",
             "signatureHeader": "X-OhmVision-Signature", "tokenHeader": "X-OhmVision-Token",
             "howTo": "Configure the camera's HTTP notification ... to POST to receiverUrl ...",
             "cameraId": null, "secret": null, "saving": null}
            """;

    static final String WEBHOOK_CREATED_EXAMPLE = """
            {"connectionType": "webhook", "receiverUrl": "https://ohmvision.example/api/webhooks/14",
             "signatureHeader": "X-OhmVision-Signature", "tokenHeader": "X-OhmVision-Token", "howTo": "...",
             "cameraId": 14, "secret": "q8Vx2...shown-once", "saving": "created camera 14; its secret is shown this once"}
            """;

    static final String NEST_EXAMPLE = """
            {"connectionType": "cloud_api", "provider": "google-nest",
             "projectId": "b3f1c8e2-7a40-4c1e-9d3a-5e7f0a2b6c91",
             "candidates": [{"deviceId": "AVPHwEtyzgSxu6EuaIOfvzmr", "type": "sdm.devices.types.DOORBELL",
                             "protocols": ["RTSP"], "displayName": "Front door",
                             "primaryStreamUrl": "nest://b3f1c8e2-7a40-4c1e-9d3a-5e7f0a2b6c91/AVPHwEtyzgSxu6EuaIOfvzmr"}],
             "cameraId": null, "saving": null}
            """;

    @Inject
    AutoDetection detection;

    @Inject
    WebhookCameraDetection webhooks;

    @Inject
    NestCameraDetection nest;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "autoDetect", summary = "Auto-detect one camera",
            description = "1. Which camera ports are open (TCP connect). 2. ONVIF: device information, profiles, "
                    + "GetStreamUri and GetSnapshotUri per profile (clock skew corrected; a URI on another host than "
                    + "the device is listed in onvif.notFollowed, never tried or stored). 3. Candidates: the ONVIF "
                    + "URIs, then the templates of the manufacturer recognised (by the request, MAC block, Server "
                    + "headers or ONVIF; templates learned for its model first), then templates that worked on other "
                    + "cameras, then the rest of the catalogue, each only on open ports. 4. Every candidate probed in "
                    + "parallel (ohmvision.discovery.auto-detect.concurrency); the best chosen by success, then role "
                    + "(main = highest resolution, sub = the highest below it), then latency. Every candidate is "
                    + "ranked with its outcome and reason. Lockout protection: after "
                    + "ohmvision.discovery.auto-detect.max-auth-failures (3) wrong-password answers, no further "
                    + "candidate is tried. With create (or cameraId) the camera is created (or updated) in the same "
                    + "call, only when a main stream works; the password is stored encrypted and never returned. "
                    + "Detection tries only the credentials in the request, never a stored camera's; storing a "
                    + "result at an address (scheme, host, port) the camera's stored password was not given for "
                    + "answers 409, unless the request gives the password again or an admin sends moveCredentials. "
                    + "A recorder (NVR/DVR: ONVIF profiles of more than one video source, the maker's channel "
                    + "numbering answering for channel 2, or a device naming itself a recorder) is reported as "
                    + "\"recorder with N channels\" with the channels found (numbering tried up to channel 16); with "
                    + "create it is added as a recorder, one camera per channel (Location is the recorder). "
                    + "connectionType webhook: nothing is probed; the answer is the receiver URL to configure on the "
                    + "camera; with create the camera is created and, for an admin, its secret is returned this once. "
                    + "connectionType cloud_api (nest), admins only: projectId, clientId, clientSecret and "
                    + "refreshToken list the Device Access project's cameras as candidates with their protocols; "
                    + "with create and deviceId the chosen one is registered (credentials stored encrypted).")
    @APIResponse(responseCode = "200", description = "Detected; nothing stored, or nothing could be (see saving). "
            + "AutoDetectReport for a device on the network, WebhookDetectReport for connectionType webhook, "
            + "NestDetectReport for cloud_api",
            content = @Content(schema = @Schema(oneOf = {AutoDetectReport.class, WebhookDetectReport.class,
                    NestDetectReport.class}), examples = {@ExampleObject(name = "hikvision", value = EXAMPLE),
                    @ExampleObject(name = "webhook", value = WEBHOOK_EXAMPLE),
                    @ExampleObject(name = "nest", value = NEST_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Detected and the camera (or recorder) created; Location is "
            + "the camera (or the recorder)", content = @Content(schema = @Schema(oneOf = {AutoDetectReport.class,
                    WebhookDetectReport.class, NestDetectReport.class}),
                    examples = {@ExampleObject(name = "recorder", value = RECORDER_EXAMPLE),
                            @ExampleObject(name = "webhook", value = WEBHOOK_CREATED_EXAMPLE)}))
    @APIResponse(responseCode = "502", description = "cloud_api: Google refused or failed; the detail says why, "
            + "nothing was stored", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public Response detect(AutoDetectBody body, @Context UriInfo uri) {
        AutoDetectBody request = RequestBody.required(body);
        boolean admin = security.isUserInRole(Roles.ADMIN);
        return switch (kindOf(request.connectionType)) {
            case WEBHOOK -> {
                WebhookDetectReport report = webhooks.detect(request.toRequest(),
                        uri.getBaseUriBuilder().path(WebhooksResource.class).build().toString(), admin);
                yield answer(report, report.cameraId(), CamerasResource.class, uri);
            }
            case CLOUD_API -> {
                NestDetectReport report = nest.detect(request.toNestRequest(), admin);
                yield answer(report, report.cameraId(), CamerasResource.class, uri);
            }
            default -> {
                AutoDetectReport report = detection.detect(request.toRequest(), admin);
                yield report.recorderId() != null ? answer(report, report.recorderId(), RecordersResource.class, uri)
                        : answer(report, Boolean.TRUE.equals(request.create) ? report.cameraId() : null,
                        CamerasResource.class, uri);
            }
        };
    }

    /** A device on the network unless the request names another kind; nest is the cloud kind's other name. */
    private static ConnectionType kindOf(String connectionType) {
        if (connectionType == null || connectionType.isBlank()) {
            return ConnectionType.RTSP;
        }
        String wanted = connectionType.strip();
        return ("nest".equalsIgnoreCase(wanted) ? Optional.of(ConnectionType.CLOUD_API)
                : ConnectionType.fromWireName(wanted))
                .filter(t -> t == ConnectionType.WEBHOOK || t == ConnectionType.CLOUD_API)
                .orElseThrow(() -> ProblemException.badRequest("connectionType: leave it out for a device on the "
                        + "network (a camera or a recorder), or give webhook or cloud_api (nest), not '"
                        + connectionType + "'"));
    }

    /** 201 with the created resource's Location when something was created, else 200. */
    private static Response answer(Object report, Long created, Class<?> resource, UriInfo uri) {
        if (created == null) {
            return Response.ok(report).build();
        }
        return Response.created(uri.getBaseUriBuilder().path(resource).path(String.valueOf(created)).build())
                .entity(report).build();
    }
}
