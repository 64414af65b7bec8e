package io.ohmvision.catalog.control;

import io.ohmvision.catalog.entity.Evidence;
import io.ohmvision.catalog.entity.Fingerprint;
import io.ohmvision.catalog.entity.FingerprintField;
import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.catalog.entity.Recognition;
import io.ohmvision.catalog.entity.ServiceReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises the manufacturer from an HTTP or RTSP reply (Server header, authentication realm, page title, body,
 * redirect) using the fingerprints in the profiles. Adding a brand is a data change, never a code branch.
 */
public final class FingerprintMatcher {

    private record Rule(String manufacturerId, Fingerprint fingerprint) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public FingerprintMatcher(Catalog catalog) {
        for (ManufacturerProfile profile : catalog.all()) {
            profile.fingerprints().forEach(f -> rules.add(new Rule(profile.id(), f)));
        }
    }

    /** Every manufacturer with a matching fingerprint, strongest first; empty when nothing matches. */
    public List<Recognition> recognise(ServiceReply reply) {
        List<Recognition> found = new ArrayList<>();
        for (Rule rule : rules) {
            evidence(rule.fingerprint(), reply)
                    .ifPresent(e -> found.add(new Recognition(rule.manufacturerId(), List.of(e))));
        }
        return Recognition.ranked(found);
    }

    private static Optional<Evidence> evidence(Fingerprint fingerprint, ServiceReply reply) {
        return fingerprint.matchedValues(reply).map(values -> new Evidence(
                fingerprint.conditions().keySet().stream().map(FingerprintField::wireName)
                        .collect(Collectors.joining("+")),
                values.stream().map(FingerprintMatcher::abbreviate).collect(Collectors.joining(" | ")),
                fingerprint.conditions().values().stream().map(Pattern::pattern).collect(Collectors.joining(" and ")),
                fingerprint.sources(), fingerprint.verified()));
    }

    /** Bodies can be long; evidence is for people to read. */
    private static String abbreviate(String value) {
        return value.length() <= 120 ? value : value.substring(0, 117) + "...";
    }
}
