package io.ohmvision.discovery.onboarding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Recognises a device met again among the stored cameras and recorders, so that onboarding offers it as an update
 * instead of a duplicate. The MAC first (it stays when DHCP moves the device), then the serial number, then the
 * address; a camera only among cameras, a recorder only among recorders. Plain Java.
 */
public final class RegisteredDevices {

    /** A stored device and what it was recognised by: mac, serial or address. */
    public record Match(RegisteredDevice device, String by) {
    }

    private final List<RegisteredDevice> stored;

    public RegisteredDevices(List<RegisteredDevice> stored) {
        this.stored = List.copyOf(stored);
    }

    public Optional<Match> match(RegisteredDevice.Kind kind, String mac, String serial, String address) {
        List<RegisteredDevice> ofKind = stored.stream().filter(d -> d.kind() == kind).toList();
        return first(ofKind, "mac", RegisteredDevice::macAddress, comparableMac(mac), RegisteredDevices::comparableMac)
                .or(() -> first(ofKind, "serial", RegisteredDevice::serialNumber, blankToNull(serial),
                        Function.identity()))
                .or(() -> first(ofKind, "address", RegisteredDevice::address, blankToNull(address),
                        Function.identity()));
    }

    private static Optional<Match> first(List<RegisteredDevice> devices, String by,
            Function<RegisteredDevice, String> field, String wanted, Function<String, String> comparable) {
        if (wanted == null) {
            return Optional.empty();
        }
        return devices.stream().filter(d -> Objects.equals(wanted, comparable.apply(blankToNull(field.apply(d)))))
                .findFirst().map(d -> new Match(d, by));
    }

    /** 44:19:B6:00:00:10, 44-19-b6-00-00-10 and 4419b6000010 are one MAC. */
    private static String comparableMac(String mac) {
        return mac == null || mac.isBlank() ? null : mac.replaceAll("[:-]", "").toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
