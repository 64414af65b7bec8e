package io.ohmvision.catalog.control;

import io.ohmvision.catalog.entity.DefaultPort;
import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.catalog.entity.OemRelation;
import io.ohmvision.catalog.entity.PortUse;
import io.ohmvision.catalog.entity.RenderRequest;
import io.ohmvision.catalog.entity.RenderedUrl;
import io.ohmvision.catalog.entity.UrlTemplate;
import io.ohmvision.channels.ConnectionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The loaded, validated manufacturer profiles. Immutable and safe to share between threads. */
public final class Catalog {

    /** The profile used when nothing points at a particular manufacturer. */
    public static final String GENERIC_RTSP = "generic-rtsp";

    /** A template together with the profile it is written in (an OEM maker for inherited templates). */
    public record OwnedTemplate(String ownerId, UrlTemplate template) {
    }

    private final Map<String, ManufacturerProfile> profiles = new LinkedHashMap<>();
    private final UrlRenderer renderer = new UrlRenderer();

    Catalog(List<ManufacturerProfile> profiles) {
        profiles.forEach(p -> this.profiles.put(p.id(), p));
    }

    public List<ManufacturerProfile> all() {
        return List.copyOf(profiles.values());
    }

    public Optional<ManufacturerProfile> find(String id) {
        return Optional.ofNullable(profiles.get(id));
    }

    public ManufacturerProfile require(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no manufacturer '" + id + "' in the catalogue"));
    }

    /** Own templates first, then those of the makers the brand is an OEM of (one level, in oemOf order). */
    public List<OwnedTemplate> templatesOf(String id) {
        ManufacturerProfile profile = require(id);
        List<OwnedTemplate> templates = new ArrayList<>();
        profile.templates().forEach(t -> templates.add(new OwnedTemplate(id, t)));
        for (OemRelation oem : profile.oemOf()) {
            require(oem.manufacturerId()).templates()
                    .forEach(t -> templates.add(new OwnedTemplate(oem.manufacturerId(), t)));
        }
        return templates;
    }

    /** Port numbers by name for a brand: the OEM makers' ports, overridden by the brand's own. */
    public Map<String, Integer> portNumbersOf(String id) {
        ManufacturerProfile profile = require(id);
        Map<String, Integer> ports = new LinkedHashMap<>();
        profile.oemOf().forEach(oem -> require(oem.manufacturerId()).portNumbers().forEach(ports::putIfAbsent));
        ports.putAll(profile.portNumbers());
        return ports;
    }

    /**
     * Every URL worth trying for a camera of this manufacturer, in catalogue order (own templates, then OEM),
     * skipping templates that need values the request lacks (bridge names, tokens) and repeated URLs.
     */
    public List<RenderedUrl> candidateUrls(String id, RenderRequest request) {
        Map<String, Integer> ports = portNumbersOf(id);
        Map<String, RenderedUrl> byUrl = new LinkedHashMap<>();
        for (OwnedTemplate owned : templatesOf(id)) {
            if (renderer.canRender(owned.template(), ports, request)) {
                RenderedUrl url = renderer.render(owned.ownerId(), owned.template(), ports, request);
                byUrl.putIfAbsent(url.connectUrl(), url);
            }
        }
        return List.copyOf(byUrl.values());
    }

    public List<RenderedUrl> candidateUrls(String id, RenderRequest request, ConnectionType type) {
        return candidateUrls(id, request).stream().filter(u -> u.template().connectionType() == type).toList();
    }

    /** Every default port of every profile, ascending, for the network scanner. */
    public List<PortUse> defaultPorts() {
        Map<Integer, Set<String>> names = new TreeMap<>();
        Map<Integer, Set<String>> users = new TreeMap<>();
        for (ManufacturerProfile profile : profiles.values()) {
            for (DefaultPort port : profile.ports()) {
                names.computeIfAbsent(port.number(), n -> new LinkedHashSet<>()).add(port.name());
                users.computeIfAbsent(port.number(), n -> new LinkedHashSet<>()).add(profile.id());
            }
        }
        return names.keySet().stream()
                .map(port -> new PortUse(port, List.copyOf(names.get(port)), List.copyOf(users.get(port))))
                .toList();
    }
}
