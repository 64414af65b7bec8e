package io.ohmvision.cameras.entity;

import io.ohmvision.channels.ConnectionType;

/**
 * A camera's settings as checked by the registry, ready to be written: URLs without credentials, the connection type
 * decided, connection settings as JSON text. Credentials are not part of it: they are sealed apart.
 */
public record CameraConfiguration(String name, String ipAddress, Integer port, String manufacturer, String model,
                                  String firmwareVersion, String serialNumber, String macAddress,
                                  ConnectionType connectionType, String primaryStreamUrl, String secondaryStreamUrl,
                                  String snapshotUrl, String connectionConfig, boolean enabled) {
}
