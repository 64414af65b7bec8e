package io.ohmvision.catalog.boundary;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.SourceCitations;
import io.ohmvision.catalog.control.TemplateExample;
import io.ohmvision.catalog.control.TemplateLearning;
import io.ohmvision.catalog.entity.Capabilities;
import io.ohmvision.catalog.entity.DefaultCredential;
import io.ohmvision.catalog.entity.DefaultPort;
import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.catalog.entity.OemRelation;
import io.ohmvision.catalog.entity.Support;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalogue as the API shows it: every template with where it comes from and whether it is verified. */
public final class ManufacturerViews {

    private ManufacturerViews() {
    }

    /** A cited source. */
    public record Source(@Schema(example = "S11") String id, String title) {
    }

    /** What the devices can do; "unknown" where the sources are silent. */
    public record CapabilitiesView(String ptz, String audio, String twoWayAudio, String analytics,
            List<String> onvifProfiles) {
        static CapabilitiesView of(Capabilities c) {
            return new CapabilitiesView(name(c.ptz()), name(c.audio()), name(c.twoWayAudio()), name(c.analytics()),
                    c.onvifProfiles());
        }

        private static String name(Support support) {
            return support.name().toLowerCase(Locale.ROOT);
        }
    }

    /** One line of the manufacturer list. */
    @Schema(name = "ManufacturerSummary")
    public record Summary(@Schema(example = "hikvision") String id, @Schema(example = "Hikvision") String displayName,
            List<String> oemOf, boolean localStreaming, int templateCount,
            @Schema(description = "Templates per connection type (own and inherited from OEM makers)")
            Map<String, Integer> templatesByType, Map<String, Integer> defaultPorts, CapabilitiesView capabilities) {

        public static Summary of(ManufacturerProfile profile, Catalog catalog) {
            Map<String, Integer> byType = new TreeMap<>();
            List<Catalog.OwnedTemplate> templates = catalog.templatesOf(profile.id());
            templates.forEach(t -> byType.merge(t.template().connectionType().wireName(), 1, Integer::sum));
            return new Summary(profile.id(), profile.displayName(),
                    profile.oemOf().stream().map(OemRelation::manufacturerId).toList(),
                    profile.localStreaming().available(), templates.size(), byType,
                    catalog.portNumbersOf(profile.id()), CapabilitiesView.of(profile.capabilities()));
        }
    }

    /** One URL template with its provenance. */
    public record Template(@Schema(example = "rtsp") String connectionType, @Schema(example = "main") String role,
            @Schema(example = "rtsp://{host}:{port}/Streaming/Channels/{channelStream}") String url,
            @Schema(description = "The template filled in for channel 1 on the documentation address "
                    + TemplateExample.HOST + " with its default port, so that main and sub can be told apart. "
                    + "Passwords and tokens show as ***, a user name the vendor puts in the URL as 'user'.",
                    example = "rtsp://" + TemplateExample.HOST + ":554/Streaming/Channels/101") String example,
            @Schema(description = "Which default port {port} stands for", example = "rtsp") String port,
            Integer portNumber, List<Source> sources, boolean verified, String note,
            @Schema(description = "The OEM maker whose template this is, when not the manufacturer's own")
            String inheritedFrom,
            Learned learned) {
    }

    /** A template confirmed to work, and how closely it matches the camera asked about. */
    public record Learned(String matchedOn,
            int confirmations, java.time.OffsetDateTime lastConfirmedAt) {
        static Learned of(TemplateLearning.Ranked ranked) {
            return ranked.learned().map(l -> new Learned(switch (ranked.specificity()) {
                case 3 -> "model-and-firmware";
                case 2 -> "model";
                default -> "manufacturer";
            }, l.confirmations(), l.lastConfirmedAt())).orElse(null);
        }
    }

    /** A default port with its provenance. */
    public record Port(String name, int port, List<Source> sources, boolean verified, String note) {
    }

    /** A publicly documented factory login, so that an operator can be warned it is still in use. */
    public record Credential(String user, String password, List<Source> sources, boolean verified, String note) {
    }

    /** Everything the catalogue holds for one manufacturer. */
    @Schema(name = "StreamTemplates")
    public record Detail(String id, String displayName, List<String> oemOf, boolean localStreaming,
            @Schema(description = "Why there is no local stream and what works instead") String localStreamingNote,
            List<Port> defaultPorts, List<Credential> defaultCredentials, CapabilitiesView capabilities,
            List<String> notes, List<Template> templates) {

        private static final TemplateExample EXAMPLES = new TemplateExample();

        /** @param ranked the profile's templates (own and inherited), learned ones first */
        public static Detail of(ManufacturerProfile profile, List<TemplateLearning.Ranked> ranked, Catalog catalog,
                SourceCitations citations) {
            Map<String, Integer> ports = catalog.portNumbersOf(profile.id());
            List<Template> templates = ranked.stream().map(r -> {
                var owned = r.owned();
                var t = owned.template();
                return new Template(t.connectionType().wireName(), t.role().wireName(), t.url().text(),
                        EXAMPLES.of(owned, ports), t.portName(),
                        t.portName() == null ? null : ports.get(t.portName()), sources(t.sources(), citations),
                        t.verified(), t.note(), owned.ownerId().equals(profile.id()) ? null : owned.ownerId(),
                        Learned.of(r));
            }).toList();
            return new Detail(profile.id(), profile.displayName(),
                    profile.oemOf().stream().map(OemRelation::manufacturerId).toList(),
                    profile.localStreaming().available(), profile.localStreaming().note(),
                    profile.ports().stream().map(p -> port(p, citations)).toList(),
                    profile.defaultCredentials().stream().map(c -> credential(c, citations)).toList(),
                    CapabilitiesView.of(profile.capabilities()), profile.notes(), templates);
        }

        private static Port port(DefaultPort p, SourceCitations citations) {
            return new Port(p.name(), p.number(), sources(p.sources(), citations), p.verified(), p.note());
        }

        private static Credential credential(DefaultCredential c, SourceCitations citations) {
            return new Credential(c.user(), c.password(), sources(c.sources(), citations), c.verified(), c.note());
        }
    }

    static List<Source> sources(List<String> ids, SourceCitations citations) {
        return ids.stream().map(id -> new Source(id, citations.title(id).orElse(null))).toList();
    }
}
