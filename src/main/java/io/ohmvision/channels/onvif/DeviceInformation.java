package io.ohmvision.channels.onvif;

/** GetDeviceInformation's answer; any part is null when the device left it out. */
public record DeviceInformation(String manufacturer, String model, String firmwareVersion, String serialNumber,
                                String hardwareId) {
}
