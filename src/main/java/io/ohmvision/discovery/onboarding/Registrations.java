package io.ohmvision.discovery.onboarding;

import io.ohmvision.cameras.control.CameraListing;
import io.ohmvision.discovery.detect.AutoDetectReport;
import io.ohmvision.recorders.control.RecorderRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The stored cameras and recorders a device might be, read through their features' controls. */
@ApplicationScoped
public class Registrations {

    @Inject
    CameraListing cameras;

    @Inject
    RecorderRegistry recorders;

    /** What the detected device might be stored as: by its scan's MAC, its ONVIF serial number, its address. */
    public RegisteredDevices near(DeviceFound device, AutoDetectReport report) {
        return near(device.mac(), report.onvif() == null ? null : report.onvif().serialNumber(), device.address());
    }

    /** Cameras with its MAC, serial number or address, and recorders at its address (they keep no MAC or serial). */
    private RegisteredDevices near(String mac, String serial, String address) {
        List<RegisteredDevice> stored = new ArrayList<>();
        cameras.identifiedBy(mac, serial, address).forEach(c -> stored.add(new RegisteredDevice(
                RegisteredDevice.Kind.CAMERA, c.id(), c.name(), c.macAddress(), c.serialNumber(), c.ipAddress())));
        recorders.list().stream().filter(r -> address.equals(r.getIpAddress())).forEach(r -> stored.add(
                new RegisteredDevice(RegisteredDevice.Kind.RECORDER, r.getId(), r.getName(), null, null,
                        r.getIpAddress())));
        return new RegisteredDevices(stored);
    }
}
