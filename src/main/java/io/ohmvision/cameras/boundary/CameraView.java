package io.ohmvision.cameras.boundary;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.CameraCapabilities;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.StreamUrl;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A camera as shown: no password, no cloud secrets, every URL masked. */
@Schema(name = "Camera")
public record CameraView(
        long id,
        String name,
        String ipAddress,
        Integer port,
        String username,
        @Schema(description = "Whether a password is stored; the password itself is never returned") boolean hasPassword,
        String manufacturer,
        String model,
        String firmwareVersion,
        String serialNumber,
        String macAddress,
        String connectionType,
        String primaryStreamUrl,
        String secondaryStreamUrl,
        String snapshotUrl,
        @Schema(description = "The URL an older version stored, credentials removed") String legacyRtspUrl,
        JsonObject connectionConfig,
        boolean cloudConfigured,
        String connectionHealth,
        OffsetDateTime lastHealthCheck,
        @Schema(description = "Over the last 30 days, as of the last check; null while nothing is known")
        Double uptimePercentage,
        int failedConnectionAttempts,
        String lastErrorMessage,
        boolean enabled,
        Long recorderId,
        Integer recorderChannel,
        @Schema(description = "The ONVIF device service found on the camera's device (by auto-detect "
                + "or a capabilities refresh); null when none is known, and forgotten with the capabilities when the "
                + "camera's URLs move to another host") String onvifDeviceUrl,
        @Schema(description = "What the ONVIF device announced when last read; null until read")
        CameraCapabilities capabilities,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    public static CameraView of(Camera c) {
        ConnectionType type = c.getConnectionType();
        return new CameraView(c.getId(), c.getName(), c.getIpAddress(), c.getPort(), c.getUsername(),
                c.hasPassword(), c.getManufacturer(), c.getModel(), c.getFirmwareVersion(), c.getSerialNumber(),
                c.getMacAddress(), type == null ? null : type.wireName(), StreamUrl.mask(c.getPrimaryStreamUrl()),
                StreamUrl.mask(c.getSecondaryStreamUrl()), StreamUrl.mask(c.getSnapshotUrl()),
                legacyUrl(c.getRtspUrl()), json(c.getConnectionConfig()), c.getEncryptedCloudConfig() != null,
                c.getConnectionHealth().wireName(), c.getLastHealthCheck(), c.getUptimePercentage(),
                c.getFailedConnectionAttempts(), StreamUrl.mask(c.getLastErrorMessage()), c.isEnabled(),
                c.getRecorderId(), c.getRecorderChannel(), StreamUrl.mask(c.getOnvifDeviceUrl()),
                c.getCapabilities(), c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
    }

    /**
     * rtsp_url keeps v3's credentials while v3 may read it: shown without them, as described; text that is no URL
     * could hold a password anywhere, so it is not shown at all.
     */
    private static String legacyUrl(String stored) {
        if (stored == null) {
            return null;
        }
        return StreamUrl.parse(stored).map(url -> url.withoutCredentials().toConnectString()).orElse(StreamUrl.MASK);
    }

    private static JsonObject json(String text) {
        if (text == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
