package io.ohmvision.catalog.entity;

import io.ohmvision.channels.ConnectionType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the catalogue knows about one manufacturer, loaded from {@code catalog/manufacturers/<id>.json}.
 *
 * @param aliases names that identify the manufacturer in IEEE registry entries, ONVIF replies and scopes
 *                (matched case-insensitively on whole words)
 * @param excludedNames names that contain an alias but belong to another company ("Shanghai Dahua Scale Factory")
 * @param oemOf   makers whose devices this brand sells; their templates apply too
 * @param notes   operator-facing facts that fit no field (e.g. "ISAPI and ONVIF ship disabled")
 */
public record ManufacturerProfile(String id, String displayName, List<String> aliases, List<String> excludedNames,
                                  List<OemRelation> oemOf,
                                  LocalStreaming localStreaming, List<DefaultPort> ports,
                                  List<DefaultCredential> defaultCredentials, Capabilities capabilities,
                                  List<UrlTemplate> templates, List<Fingerprint> fingerprints, List<String> notes) {

    public ManufacturerProfile {
        aliases = List.copyOf(aliases);
        excludedNames = List.copyOf(excludedNames);
        oemOf = List.copyOf(oemOf);
        ports = List.copyOf(ports);
        defaultCredentials = List.copyOf(defaultCredentials);
        templates = List.copyOf(templates);
        fingerprints = List.copyOf(fingerprints);
        notes = List.copyOf(notes);
    }

    public Optional<DefaultPort> port(String name) {
        return ports.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Port numbers by name, in file order. */
    public Map<String, Integer> portNumbers() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        ports.forEach(p -> numbers.put(p.name(), p.number()));
        return numbers;
    }

    public Map<ConnectionType, List<UrlTemplate>> templatesByType() {
        Map<ConnectionType, List<UrlTemplate>> grouped = new EnumMap<>(ConnectionType.class);
        templates.forEach(t -> grouped.computeIfAbsent(t.connectionType(), k -> new ArrayList<>()).add(t));
        grouped.replaceAll((type, list) -> List.copyOf(list));
        return grouped;
    }

    public boolean isOemOf(String manufacturerId) {
        return oemOf.stream().anyMatch(o -> o.manufacturerId().equals(manufacturerId));
    }
}
