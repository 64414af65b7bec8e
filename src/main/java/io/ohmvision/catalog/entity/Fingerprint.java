package io.ohmvision.catalog.entity;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A recognisable trait of a manufacturer's devices: every condition (field -> case-insensitive regex, searched
 * anywhere in the value) must hold. Several conditions express combinations such as Panasonic's
 * "Server: HTTPD together with a title ending in Network Camera".
 */
public record Fingerprint(Map<FingerprintField, Pattern> conditions, List<String> sources, boolean verified,
                          String note) {
    public Fingerprint {
        conditions = Map.copyOf(conditions);
        sources = List.copyOf(sources);
    }
}
