package io.ohmvision.catalog.control;

import io.ohmvision.catalog.entity.ManufacturerProfile;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the manufacturer whose alias occurs in a free-text name (IEEE organisation, ONVIF manufacturer, scope).
 * Both sides are normalised (case, accents and punctuation dropped) and the alias must occur as whole words, so
 * "TP-Link" matches "TP-LINK TECHNOLOGIES CO.,LTD." while "Arlo" does not match "CARLO GAVAZZI". The longest alias
 * wins, so "Hangzhou Ezviz Software" is Ezviz even if another profile had the alias "Hangzhou". A profile's
 * excluded names veto its aliases for companies that merely share a word ("Shanghai Dahua Scale Factory").
 */
public final class AliasMatcher {

    /** The alias that matched, as written in the profile. */
    public record AliasMatch(String manufacturerId, String alias) {
    }

    private record Alias(String manufacturerId, String written, String normalised, List<String> excluded) {
        boolean foundIn(String haystack) {
            return haystack.contains(" " + normalised + " ")
                    && excluded.stream().noneMatch(e -> haystack.contains(" " + e + " "));
        }
    }

    private final List<Alias> aliases = new ArrayList<>();

    public AliasMatcher(Catalog catalog) {
        for (ManufacturerProfile profile : catalog.all()) {
            List<String> excluded = profile.excludedNames().stream().map(AliasMatcher::normalise).toList();
            profile.aliases().forEach(a -> aliases.add(new Alias(profile.id(), a, normalise(a), excluded)));
        }
        aliases.removeIf(a -> a.normalised().isBlank());
        // Stable sort: among equally long aliases the catalogue order decides
        aliases.sort(Comparator.comparingInt((Alias a) -> a.normalised().length()).reversed());
    }

    public Optional<AliasMatch> match(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String haystack = " " + normalise(text) + " ";
        return aliases.stream().filter(a -> a.foundIn(haystack)).findFirst()
                .map(a -> new AliasMatch(a.manufacturerId(), a.written()));
    }

    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
