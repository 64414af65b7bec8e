package io.ohmvision.cameras.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A search typed into the address column, which shows {@code host:port} although host and port are two columns:
 * the text is found inside the host, or, when it has the form {@code host:digits}, the host ends with its host part
 * and the port begins with its digits (so that "10.0.0.5:55" already finds 10.0.0.5:554, as it does on screen).
 *
 * @param hostSuffix the part before the last colon when the rest is a port being typed; empty otherwise
 * @param ports      the port numbers whose decimal form begins with the typed digits
 */
record AddressSearch(String text, Optional<String> hostSuffix, List<PortRange> ports) {

    static final int MAX_PORT = 65_535;

    /** Ports from {@code first} to {@code last}, both included. */
    record PortRange(int first, int last) {
    }

    static AddressSearch of(String text) {
        int colon = text.lastIndexOf(':');
        String digits = colon < 0 ? "" : text.substring(colon + 1);
        if (colon < 0 || !digits.matches("\\d{0,5}")) {
            return new AddressSearch(text, Optional.empty(), List.of());
        }
        return new AddressSearch(text, Optional.of(text.substring(0, colon)), portsBeginningWith(digits));
    }

    /** 5 gives 5, 50-59, 500-599, 5000-5999 and 50000-59999; nothing typed gives every port. */
    static List<PortRange> portsBeginningWith(String digits) {
        if (digits.isEmpty()) {
            return List.of(new PortRange(0, MAX_PORT));
        }
        if (digits.startsWith("0")) { // a port is written without leading zeros
            return digits.equals("0") ? List.of(new PortRange(0, 0)) : List.of();
        }
        List<PortRange> ranges = new ArrayList<>();
        long prefix = Long.parseLong(digits);
        for (long scale = 1; prefix * scale <= MAX_PORT; scale *= 10) {
            ranges.add(new PortRange((int) (prefix * scale), (int) Math.min(MAX_PORT, (prefix + 1) * scale - 1)));
        }
        return ranges;
    }
}
