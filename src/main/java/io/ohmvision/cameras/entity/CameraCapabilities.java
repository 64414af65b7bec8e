package io.ohmvision.cameras.entity;

import io.ohmvision.channels.onvif.DeviceCapabilities;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a camera's ONVIF device said it can do, as last read.
 *
 * @param audioIn  audio inputs; 0 for none
 * @param audioOut audio outputs; 0 for none
 * @param readWith GetServices, or GetCapabilities on firmware older than GetServices
 */
@Schema(name = "CameraCapabilities", description = "What the camera's ONVIF device announced when last read")
public record CameraCapabilities(boolean ptz, int audioIn, int audioOut, boolean events, boolean imaging,
                                 boolean analytics, boolean recording, OffsetDateTime readAt, String readWith)
        implements Serializable {

    public static CameraCapabilities of(DeviceCapabilities read, OffsetDateTime readAt) {
        return new CameraCapabilities(read.ptz(), read.audioIn(), read.audioOut(), read.events(), read.imaging(),
                read.analytics(), read.recording(), readAt, read.readWith());
    }
}
