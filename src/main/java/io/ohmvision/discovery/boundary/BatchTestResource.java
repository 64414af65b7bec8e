package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.batch.BatchTestReport;
import io.ohmvision.discovery.batch.BatchTesting;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Many cameras tested in one call. */
@Path("discovery/batch-test")
@Tag(name = "discovery")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BatchTestResource {

    private static final String EXAMPLE = """
            {"summary": "2 tested: 1 working, 1 failing", "tookMillis": 310, "results": [
              {"cameraId": 1, "name": "Gate", "address": "192.168.1.64", "working": true,
               "summary": "primary OK, secondary OK, snapshot OK",
               "checks": [{"role": "PRIMARY", "maskedUrl": "rtsp://admin:***@192.168.1.64:554/Streaming/Channels/101",
                           "outcome": "OK", "latencyMillis": 12, "videoCodec": "H.264", "width": 2688,
                           "height": 1520, "reason": "DESCRIBE 200"}], "detection": null},
              {"cameraId": 2, "name": "Yard", "address": "192.168.1.65", "working": false,
               "summary": "primary AUTH_FAILED", "checks": [], "detection": null}]}
            """;

    @Inject
    BatchTesting batch;

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(operationId = "batchTest", summary = "Test many cameras at once",
            description = "Stored cameras (cameraIds): every configured channel probed, as POST "
                    + "/api/cameras/{id}/probe. Devices not stored yet (devices): auto-detected, nothing created. "
                    + "At most ohmvision.discovery.batch.max-size (50) in one batch, "
                    + "ohmvision.discovery.batch.concurrency (4) at a time. Everything is checked before the first "
                    + "probe.")
    @APIResponse(responseCode = "200", description = "One result per camera or device, in the order asked",
            content = @Content(schema = @Schema(ref = "BatchTestReport"),
                    examples = @ExampleObject(name = "two cameras", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public BatchTestReport test(BatchTestBody body) {
        BatchTestBody request = RequestBody.required(body);
        return batch.test(request.cameraIds, request.deviceRequests());
    }
}
