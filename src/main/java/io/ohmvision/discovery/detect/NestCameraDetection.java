package io.ohmvision.discovery.detect;

import io.ohmvision.cameras.control.CameraRegistry;
import io.ohmvision.cameras.control.CameraSettings;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.cloud.control.NestCamera;
import io.ohmvision.cloud.control.NestDirectory;
import io.ohmvision.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Auto-detect of Google Nest cameras: there is no device on the network to ask, the project's cameras come from the
 * SDM API; with create the chosen one is registered as a cloud camera with the project's credentials (encrypted).
 * Admins only: the request carries the project's secrets.
 */
@ApplicationScoped
public class NestCameraDetection {

    /** The catalogue's profile of Google Nest cameras. */
    static final String MANUFACTURER = "google-nest";
    private static final Pattern PROJECT_ID = Pattern.compile("[A-Za-z0-9-]{1,100}");

    @Inject
    NestDirectory directory;

    @Inject
    CameraRegistry registry;

    /**
     * @throws ProblemException 403 for a non-admin, 400 for a refused request, 502 when Google refuses; all before
     *                          anything is stored
     */
    public NestDetectReport detect(NestDetectRequest request, boolean isAdmin) {
        if (!isAdmin) {
            throw ProblemException.forbidden("Only admins may use cloud credentials");
        }
        check(request);
        List<NestCamera> cameras = directory.camerasOf(request.projectId(), request.credentials());
        if (!request.create()) {
            return report(request, cameras, null, null);
        }
        NestCamera chosen = cameras.stream().filter(c -> c.deviceId().equals(request.deviceId())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("deviceId '" + request.deviceId() + "' is not a "
                        + "camera of project " + request.projectId() + "; its cameras: " + cameras.stream()
                        .map(NestCamera::deviceId).collect(Collectors.joining(", "))));
        CameraSettings camera = new CameraSettings();
        camera.name = request.name() != null && !request.name().isBlank() ? request.name()
                : chosen.displayName() != null ? chosen.displayName() : "Nest " + chosen.deviceId();
        camera.connectionType = ConnectionType.CLOUD_API.wireName();
        camera.manufacturer = MANUFACTURER;
        camera.primaryStreamUrl = chosen.primaryStreamUrl();
        camera.cloudConfig = Json.createObjectBuilder().add("clientId", request.clientId())
                .add("clientSecret", request.clientSecret()).add("refreshToken", request.refreshToken()).build();
        long saved = registry.create(camera, true);
        return report(request, cameras, saved, "created camera " + saved + " for device "
                + chosen.deviceId());
    }

    private static void check(NestDetectRequest request) {
        if (request.projectId() == null || !PROJECT_ID.matcher(request.projectId()).matches()) {
            throw ProblemException.badRequest("projectId: the Device Access project id is required");
        }
        if (blank(request.clientId()) || blank(request.clientSecret()) || blank(request.refreshToken())) {
            throw ProblemException.badRequest("clientId, clientSecret and refreshToken of the Device Access project "
                    + "are required");
        }
        if (request.create() && blank(request.deviceId())) {
            throw ProblemException.badRequest("deviceId: which of the project's cameras to create (list them first "
                    + "without create)");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static NestDetectReport report(NestDetectRequest request, List<NestCamera> cameras, Long cameraId,
            String saving) {
        return new NestDetectReport(ConnectionType.CLOUD_API.wireName(), MANUFACTURER, request.projectId(), cameras,
                cameraId, saving);
    }
}
