package io.ohmvision.catalog.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The values that satisfied each condition, in condition order; empty when any condition fails. */
    public Optional<List<String>> matchedValues(ServiceReply reply) {
        List<String> matched = new ArrayList<>();
        for (Map.Entry<FingerprintField, Pattern> condition : conditions.entrySet()) {
            Optional<String> hit = condition.getKey().valuesIn(reply).stream()
                    .filter(value -> condition.getValue().matcher(value).find()).findFirst();
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            matched.add(hit.get());
        }
        return Optional.of(matched);
    }
}
