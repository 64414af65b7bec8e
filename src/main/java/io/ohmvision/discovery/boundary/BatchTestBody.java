package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.detect.AutoDetectRequest;
import io.ohmvision.platform.ProblemException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cameras and devices to test at once. */
@Schema(name = "BatchTestRequest")
public class BatchTestBody {

    @Schema(type = SchemaType.ARRAY, implementation = Long.class,
            description = "Stored cameras: every configured channel is probed", example = "[1, 2, 3]")
    public List<Long> cameraIds;

    @Schema(type = SchemaType.ARRAY, implementation = Device.class,
            description = "Devices not stored yet: each is auto-detected (nothing is created)")
    public List<Device> devices;

    /** A device to auto-detect. */
    @Schema(name = "BatchTestDevice")
    public static class Device {

        @Schema(required = true, example = "192.168.1.64")
        public String ip;

        @Schema(example = "8899")
        public Integer port;

        @Schema(example = "admin")
        public String username;

        @Schema(description = "Write-only: never returned or logged", example = "s3cret")
        public String password;

        @Schema(example = "hikvision")
        public String manufacturer;
    }

    List<AutoDetectRequest> deviceRequests() {
        if (devices == null) {
            return List.of();
        }
        if (devices.contains(null)) {
            throw ProblemException.badRequest("devices must not contain null");
        }
        return devices.stream().map(d -> new AutoDetectRequest(d.ip, d.port, d.username, d.password, d.manufacturer,
                false, null, null)).toList();
    }
}
