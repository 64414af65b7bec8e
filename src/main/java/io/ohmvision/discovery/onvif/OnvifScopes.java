package io.ohmvision.discovery.onvif;

import io.ohmvision.channels.StreamUrl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scopes a device announces ({@code onvif://www.onvif.org/<category>/<value>}, camera-facts 3.1), with the
 * categories OhmVision reads pulled out. Values are percent-decoded the way URL user info is
 * ({@link StreamUrl#decodeIfEncoded}): '+' stays '+', and a value not validly encoded is kept as sent.
 *
 * @param all        every scope URI as announced, for matching rules such as {@code OnvifVendorMatcher}
 * @param hardware   the model, null when absent
 * @param name       the device name, null when absent
 * @param macAddress null when absent
 * @param profiles   e.g. "Streaming" (Profile S), "T", "G"
 */
public record OnvifScopes(List<String> all, String hardware, String name, String macAddress, List<String> profiles) {

    private static final String PREFIX = "onvif://www.onvif.org/";

    public OnvifScopes {
        all = List.copyOf(all);
        profiles = List.copyOf(profiles);
    }

    /** @param spaceSeparated the d:Scopes text; null or blank for none */
    public static OnvifScopes parse(String spaceSeparated) {
        List<String> all = spaceSeparated == null ? List.of()
                : Arrays.stream(spaceSeparated.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        String hardware = null;
        String name = null;
        String mac = null;
        List<String> profiles = new ArrayList<>();
        for (String scope : all) {
            if (!scope.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
                continue;
            }
            String path = scope.substring(PREFIX.length());
            int slash = path.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String value = StreamUrl.decodeIfEncoded(path.substring(slash + 1));
            switch (path.substring(0, slash).toLowerCase(Locale.ROOT)) {
                case "hardware" -> hardware = hardware == null ? value : hardware;
                case "name" -> name = name == null ? value : name;
                case "macaddress" -> mac = mac == null ? value : mac;
                case "profile" -> profiles.add(value);
                default -> { } // location/, type/ and vendor scopes stay in all()
            }
        }
        return new OnvifScopes(all, hardware, name, mac, profiles);
    }
}
