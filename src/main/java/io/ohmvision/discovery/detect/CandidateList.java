package io.ohmvision.discovery.detect;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.TemplateLearning;
import io.ohmvision.catalog.control.UrlRenderer;
import io.ohmvision.catalog.entity.CredentialPlacement;
import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.catalog.entity.RenderRequest;
import io.ohmvision.catalog.entity.TemplateRole;
import io.ohmvision.catalog.entity.UrlTemplate;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.QueryCredentials;
import io.ohmvision.channels.onvif.MediaProfile;
import io.ohmvision.discovery.detect.Candidate.Kind;
import io.ohmvision.discovery.detect.Candidate.Source;
import io.ohmvision.discovery.scan.ScanPorts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The URLs worth trying on one device, in the order they are tried: what the device itself said over ONVIF, then the
 * templates of the manufacturer it was recognised as (those learned for its model first), then templates of other
 * manufacturers that have worked before, then the rest of the catalogue, main streams before sub streams before
 * snapshots. Templates are rendered only for ports that are open, so a closed port never costs a probe. Repeated URLs
 * are kept once, where they first appear. RTSP, HTTP(S), RTMP and HLS templates are tried (HTTP-FLV is an HTTP
 * template); one that takes the credentials in its query gets them at the moment of connecting (see
 * {@link #credentialsInQueryOnly}).
 */
final class CandidateList {

    /** What the list came to: the candidates, and how many catalogue templates the limit left out. */
    public record Built(List<Candidate> candidates, int leftOut) {
        public Built {
            candidates = List.copyOf(candidates);
        }
    }

    private static final Set<ConnectionType> TYPES = EnumSet.of(ConnectionType.RTSP, ConnectionType.HTTP,
            ConnectionType.HTTPS, ConnectionType.RTMP, ConnectionType.HLS);
    /** Catalogue templates of unrecognised makers in this order: the main stream is what a camera needs first. */
    private static final List<TemplateRole> ROLE_ORDER = List.of(TemplateRole.MAIN, TemplateRole.SUB,
            TemplateRole.SNAPSHOT, TemplateRole.LEGACY_MAIN, TemplateRole.LEGACY_SUB, TemplateRole.THIRD,
            TemplateRole.MJPEG);

    private final Catalog catalog;
    private final ScanPorts ports;
    private final TemplateOrder order;
    private final int limit;
    private final UrlRenderer renderer = new UrlRenderer();

    /** @param limit the most candidates a device gets; ONVIF URIs and the recognised maker's templates come first */
    public CandidateList(Catalog catalog, ScanPorts ports, TemplateOrder order, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the candidate limit must be at least 1, not " + limit);
        }
        this.catalog = catalog;
        this.ports = ports;
        this.order = order;
        this.limit = limit;
    }

    public Built build(DeviceFacts device) {
        Map<String, Candidate> byUrl = new LinkedHashMap<>();
        onvif(device.onvifProfiles()).forEach(c -> byUrl.putIfAbsent(c.url(), c));
        List<TemplateLearning.Ranked> others = new ArrayList<>();
        for (String manufacturer : device.manufacturers()) {
            if (catalog.find(manufacturer).isPresent()) {
                for (TemplateLearning.Ranked ranked : order.rank(manufacturer, device.model(), device.firmware(),
                        catalog.templatesOf(manufacturer))) {
                    rendered(device, ranked, Source.VENDOR).forEach(c -> byUrl.putIfAbsent(c.url(), c));
                }
            }
        }
        for (ManufacturerProfile profile : catalog.all()) {
            if (device.manufacturers().contains(profile.id())) {
                continue;
            }
            for (TemplateLearning.Ranked ranked : order.rank(profile.id(), device.model(), device.firmware(),
                    own(profile))) {
                if (ranked.learned().isPresent()) {
                    rendered(device, ranked, Source.LEARNED).forEach(c -> byUrl.putIfAbsent(c.url(), c));
                } else {
                    others.add(ranked);
                }
            }
        }
        others.stream().filter(r -> ROLE_ORDER.contains(r.owned().template().role()))
                .sorted(Comparator.comparingInt((TemplateLearning.Ranked r) ->
                                ROLE_ORDER.indexOf(r.owned().template().role()))
                        .thenComparing(r -> !r.owned().template().verified()))
                .forEach(r -> rendered(device, r, Source.CATALOGUE).forEach(c -> byUrl.putIfAbsent(c.url(), c)));
        List<Candidate> all = List.copyOf(byUrl.values());
        return all.size() <= limit ? new Built(all, 0)
                : new Built(all.subList(0, limit), all.size() - limit);
    }

    /** A profile's own templates only: an OEM brand's inherited ones are its maker's, listed under the maker. */
    private static List<Catalog.OwnedTemplate> own(ManufacturerProfile profile) {
        return profile.templates().stream().map(t -> new Catalog.OwnedTemplate(profile.id(), t)).toList();
    }

    /** Stream URIs of every profile (in the device's order), then snapshot URIs. */
    private static List<Candidate> onvif(List<MediaProfile> profiles) {
        List<Candidate> found = new ArrayList<>();
        for (MediaProfile profile : profiles) {
            if (profile.streamUri() != null) {
                found.add(new Candidate(profile.streamUri(), Kind.STREAM, Source.ONVIF, null,
                        "onvif profile " + label(profile), null));
            }
        }
        for (MediaProfile profile : profiles) {
            if (profile.snapshotUri() != null) {
                found.add(new Candidate(profile.snapshotUri(), Kind.SNAPSHOT, Source.ONVIF, null,
                        "onvif profile " + label(profile), null));
            }
        }
        return found;
    }

    private static String label(MediaProfile profile) {
        return profile.name() == null || profile.name().isBlank() ? profile.token() : profile.name();
    }

    /** The template on every open port that may carry it. */
    private List<Candidate> rendered(DeviceFacts device, TemplateLearning.Ranked ranked, Source source) {
        Catalog.OwnedTemplate owned = ranked.owned();
        UrlTemplate template = owned.template();
        if (!TYPES.contains(template.connectionType()) || !ROLE_ORDER.contains(template.role())
                || template.portName() == null || !credentialsInQueryOnly(template)) {
            return List.of();
        }
        Map<String, Integer> defaults = catalog.portNumbersOf(owned.ownerId());
        Integer usual = defaults.get(template.portName());
        String scheme = template.url().scheme();
        List<Candidate> found = new ArrayList<>();
        for (int port : device.openPorts()) {
            Set<String> names = ports.namesOf(port);
            boolean carries = (usual != null && usual == port) || names.contains(scheme) || names.isEmpty();
            RenderRequest request = RenderRequest.forHost(device.host()).withPort(template.portName(), port);
            if (carries && renderer.canRender(template, defaults, request)) {
                String url = renderer.render(owned.ownerId(), template, defaults, request).connectUrl();
                found.add(new Candidate(url, kindOf(template.role()), source, owned.ownerId(),
                        template.role().wireName(), template.url().text()));
            }
        }
        return found;
    }

    /**
     * A template that puts the credentials into the URL itself is tried only when they go into query parameters
     * {@link QueryCredentials} knows: rendered without them, those are empty slots the probe fills at the moment of
     * connecting, so the candidate, the report and a camera stored from it hold none. Credentials in the path
     * (XMEye's {@code /user=...&password=...}) could not be kept out of a stored URL.
     */
    private static boolean credentialsInQueryOnly(UrlTemplate template) {
        if (template.credentials() != CredentialPlacement.TEMPLATE) {
            return true;
        }
        String text = template.url().text();
        int query = text.indexOf('?');
        return query >= 0 && text.lastIndexOf("{user}", query) < 0 && text.lastIndexOf("{password}", query) < 0
                && QueryCredentials.hasSlots(text);
    }

    private static Kind kindOf(TemplateRole role) {
        return role == TemplateRole.SNAPSHOT ? Kind.SNAPSHOT : Kind.STREAM;
    }
}
