package io.ohmvision.testing;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.ConnectionType;
import java.lang.reflect.Field;

/** Camera entities as the registry would have stored them, for tests of what is made from a stored camera. */
public final class StoredCameras {

    private StoredCameras() {
    }

    /** Every field a camera request can carry set, each to a value of its own, at version 7. */
    public static Camera everyFieldSet() {
        Camera camera = new Camera("Gate, north");
        camera.setIpAddress("192.0.2.64");
        camera.setPort(8554);
        camera.setUsername("viewer");
        camera.setEncryptedPassword("sealed");
        camera.setManufacturer("hikvision");
        camera.setModel("DS-2CD2143G2-I");
        camera.setFirmwareVersion("V5.7.3");
        camera.setSerialNumber("DS2143-0001");
        camera.setMacAddress("44:19:B6:01:02:03");
        camera.setConnectionType(ConnectionType.RTSP);
        camera.setPrimaryStreamUrl("rtsp://192.0.2.64:8554/Streaming/Channels/101");
        camera.setSecondaryStreamUrl("rtsp://192.0.2.64:8554/Streaming/Channels/102");
        camera.setSnapshotUrl("http://192.0.2.64/ISAPI/Streaming/channels/101/picture");
        camera.setConnectionConfig("{\"tls\":{\"mode\":\"pinned\",\"sha256\":\"ab\"}}");
        camera.setEnabled(false);
        // Only JPA sets the version.
        return set(camera, "version", 7L);
    }

    /** The camera with the id the database would have given it (only JPA sets the id). */
    public static Camera withId(Camera camera, long id) {
        return set(camera, "id", id);
    }

    /**
     * A row as the previous version (v3) wrote it: a name, its rtsp_url (credentials inside) and its own address and
     * port, which may be null; nothing OhmVision adds (only JPA reads an rtsp_url in).
     */
    public static Camera writtenByV3(String name, String rtspUrl, String ipAddress, Integer port) {
        Camera camera = new Camera(name);
        camera.setIpAddress(ipAddress);
        camera.setPort(port);
        return set(camera, "rtspUrl", rtspUrl);
    }

    private static Camera set(Camera camera, String field, Object value) {
        try {
            Field declared = Camera.class.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(camera, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return camera;
    }
}
