package io.ohmvision.catalog.control;

import io.ohmvision.catalog.entity.Evidence;
import io.ohmvision.catalog.entity.Recognition;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the manufacturer from what an ONVIF device says about itself: the GetDeviceInformation Manufacturer
 * and the WS-Discovery / GetScopes scopes ({@code onvif://www.onvif.org/hardware/<model>}, {@code name/<name>},
 * {@code MacAddress/<mac>}).
 */
public final class OnvifVendorMatcher {

    private static final String SCOPE_PREFIX = "onvif://www.onvif.org/";
    /** ONVIF Core: GetDeviceInformation and the scope categories [S7]. */
    private static final List<String> ONVIF_SOURCES = List.of("S7");

    private final AliasMatcher aliases;
    private final MacVendorLookup macs;

    /**
     * @param macs MAC lookup for MacAddress scopes; null when no IEEE registry is available
     */
    public OnvifVendorMatcher(AliasMatcher aliases, MacVendorLookup macs) {
        this.aliases = aliases;
        this.macs = macs;
    }

    /**
     * @param manufacturer GetDeviceInformation's Manufacturer; may be null when the call was not possible
     * @param scopes       scope URIs from a ProbeMatch or GetScopes; may be empty
     */
    public List<Recognition> recognise(String manufacturer, Collection<String> scopes) {
        List<Recognition> found = new ArrayList<>();
        aliases.match(manufacturer).ifPresent(m -> found.add(new Recognition(m.manufacturerId(), List.of(
                new Evidence("onvif.manufacturer", manufacturer, "alias '" + m.alias() + "'", ONVIF_SOURCES, true)))));
        scopes.forEach(scope -> fromScope(scope).ifPresent(found::add));
        return Recognition.ranked(found);
    }

    private Optional<Recognition> fromScope(String scope) {
        if (!scope.toLowerCase(Locale.ROOT).startsWith(SCOPE_PREFIX)) {
            return Optional.empty();
        }
        String path = scope.substring(SCOPE_PREFIX.length());
        int slash = path.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String category = path.substring(0, slash).toLowerCase(Locale.ROOT);
        String value = decode(path.substring(slash + 1));
        return switch (category) {
            case "hardware", "name" -> aliases.match(value).map(m -> new Recognition(m.manufacturerId(), List.of(
                    new Evidence("onvif.scope", scope, "alias '" + m.alias() + "'", ONVIF_SOURCES, true))));
            case "macaddress" -> macs == null ? Optional.empty() : macs.recognise(value);
            default -> Optional.empty();
        };
    }

    /** Names are percent-encoded in scopes [S7]; a device that got it wrong keeps its raw text. */
    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEncoding) {
            return value;
        }
    }
}
