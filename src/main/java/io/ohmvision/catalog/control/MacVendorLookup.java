package io.ohmvision.catalog.control;

import io.ohmvision.catalog.entity.Evidence;
import io.ohmvision.catalog.entity.OuiAssignment;
import io.ohmvision.catalog.entity.Recognition;
import java.util.List;
import java.util.Optional;

/** MAC address to manufacturer: IEEE registry block, then the profile whose alias names the organisation. */
public final class MacVendorLookup {

    /** Debian's ieee-data package, the registry's source in camera-facts.md. */
    private static final List<String> REGISTRY_SOURCES = List.of("S25");

    private final OuiRegistry registry;
    private final AliasMatcher aliases;

    public MacVendorLookup(OuiRegistry registry, AliasMatcher aliases) {
        this.registry = registry;
        this.aliases = aliases;
    }

    public Optional<Recognition> recognise(String mac) {
        Optional<OuiAssignment> assignment = registry.lookup(mac);
        return assignment.flatMap(a -> aliases.match(a.organization()).map(alias -> new Recognition(
                alias.manufacturerId(),
                List.of(new Evidence("mac-oui", mac,
                        a.registry() + " " + a.assignment() + " '" + a.organization() + "' matches alias '"
                                + alias.alias() + "'",
                        REGISTRY_SOURCES, true)))));
    }

    /** The registry block alone, for showing an organisation the catalogue does not know. */
    public Optional<OuiAssignment> assignment(String mac) {
        return registry.lookup(mac);
    }
}
