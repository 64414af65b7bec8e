package io.ohmvision.channels.cloud;

import java.util.List;

/**
 * One device of a Device Access project, as listed.
 *
 * @param name               the resource name, enterprises/{project}/devices/{device}
 * @param protocols          the CameraLiveStream trait's supportedProtocols (RTSP, WEB_RTC); empty for devices
 *                           that do not stream
 * @param displayName        the room it is assigned to, or its custom name; may be null
 */
public record NestDevice(String name, String type, List<String> protocols, String displayName) {

    public static final String RTSP = "RTSP";
    public static final String WEB_RTC = "WEB_RTC";

    public NestDevice {
        protocols = List.copyOf(protocols);
    }

    public String deviceId() {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
