package io.ohmvision.discovery.detect;

import io.ohmvision.cameras.control.CameraSettings;

/**
 * The one place where what auto-detect found becomes a camera's settings, for every road that stores it (the API's
 * auto-detect with create or cameraId, the console's wizard): the chosen channels, the device's make, model, firmware
 * and serial number, its address, its MAC when a scan saw it, and the credentials that were tried. A device that serves
 * only JPEG snapshots (no stream) becomes an HTTP camera whose primary URL is its snapshot: the http channel checks a
 * picture URL as well as an MJPEG stream.
 */
public final class DetectedCamera {

    private DetectedCamera() {
    }

    /**
     * @param existing   the camera the result goes into, as stored ({@link CameraSettings#of}); null for a new one
     * @param macAddress the device's MAC from a scan's neighbour table; null to keep the stored one
     */
    public static CameraSettings settings(AutoDetectRequest request, AutoDetectReport report,
            CameraSettings existing, String macAddress) {
        CameraSettings camera = existing == null ? new CameraSettings() : existing;
        AutoDetectReport.Onvif onvif = report.onvif();
        // Type and port follow the detected primary stream, as for a new camera.
        camera.connectionType = null;
        camera.port = null;
        if (request.name() != null && !request.name().isBlank()) {
            camera.name = request.name();
        } else if (camera.name == null) {
            camera.name = (onvif.model() != null ? onvif.model() : "Camera") + " " + request.ip();
        }
        camera.ipAddress = request.ip();
        if (report.manufacturer() != null) {
            camera.manufacturer = report.manufacturer();
        }
        if (onvif.model() != null) {
            camera.model = onvif.model();
            camera.firmwareVersion = onvif.firmwareVersion();
            camera.serialNumber = onvif.serialNumber();
        }
        if (macAddress != null) {
            camera.macAddress = macAddress;
        }
        camera.primaryStreamUrl = report.main().found() ? report.main().url() : report.snapshot().url();
        camera.secondaryStreamUrl = report.sub().url();
        camera.snapshotUrl = report.snapshot().url();
        camera.username = request.username();
        camera.password = request.password();
        camera.moveCredentials = request.moveCredentials();
        return camera;
    }

    /** Whether the report holds something to store: a stream, or at least a snapshot. */
    public static boolean storable(AutoDetectReport report) {
        return report.main().found() || report.snapshot().found();
    }
}
