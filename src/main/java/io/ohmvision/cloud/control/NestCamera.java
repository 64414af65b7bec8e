package io.ohmvision.cloud.control;

import io.ohmvision.channels.cloud.NestDevice;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One camera of a Device Access project, with the URL to register it under. Holds no credential. */
@Schema(name = "NestCameraView")
public record NestCamera(String deviceId, String type, List<String> protocols, String displayName,
                         String primaryStreamUrl) {

    static NestCamera of(String projectId, NestDevice device) {
        return new NestCamera(device.deviceId(), device.type(), device.protocols(), device.displayName(),
                NestCloudConfig.urlOf(projectId, device.deviceId()));
    }
}
