package io.ohmvision.catalog.control;

import io.ohmvision.catalog.entity.Capabilities;
import io.ohmvision.catalog.entity.CredentialPlacement;
import io.ohmvision.catalog.entity.DefaultCredential;
import io.ohmvision.catalog.entity.DefaultPort;
import io.ohmvision.catalog.entity.Fingerprint;
import io.ohmvision.catalog.entity.FingerprintField;
import io.ohmvision.catalog.entity.LocalStreaming;
import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.catalog.entity.OemRelation;
import io.ohmvision.catalog.entity.Placeholder;
import io.ohmvision.catalog.entity.Support;
import io.ohmvision.catalog.entity.TemplateRole;
import io.ohmvision.catalog.entity.UrlPattern;
import io.ohmvision.catalog.entity.UrlTemplate;
import io.ohmvision.channels.ConnectionType;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one manufacturer file and checks everything that can be checked within that file. Checks that need the
 * whole catalogue (unique ids, OEM targets) are done by {@link CatalogLoader}.
 */
final class ProfileReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The facts file cites S1..S38; a source id outside that range is a typo. */
    private static final Pattern SOURCE_ID = Pattern.compile("S([1-9]|[12][0-9]|3[0-8])");
    private static final Set<Placeholder> STREAM_PLACEHOLDERS =
            Set.of(Placeholder.STREAM, Placeholder.STREAM0, Placeholder.CHANNEL_STREAM);
    private static final Set<Placeholder> CREDENTIAL_PLACEHOLDERS = Set.of(Placeholder.USER, Placeholder.PASSWORD);

    ManufacturerProfile read(String file, InputStream json) {
        JsonCursor root;
        try (JsonReader reader = Json.createReader(json)) {
            root = new JsonCursor(file, "", reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            throw new CatalogException(file, "", "is not a JSON object: " + e.getMessage());
        }
        root.allowOnly("id", "displayName", "aliases", "excludedNames", "oemOf", "localStreaming", "ports",
                "defaultCredentials", "capabilities", "templates", "fingerprints", "notes");
        String id = readId(file, root.field("id"));
        List<DefaultPort> ports = root.field("ports").optionalElements().stream().map(this::port).toList();
        requireUnique(root.field("ports"), ports.stream().map(DefaultPort::name).toList(), "port name");
        Set<String> portNames = new HashSet<>(ports.stream().map(DefaultPort::name).toList());
        List<OemRelation> oemOf = root.field("oemOf").optionalElements().stream().map(this::oemRelation).toList();
        LocalStreaming localStreaming = localStreaming(root.field("localStreaming"));
        List<UrlTemplate> templates =
                root.field("templates").optionalElements().stream().map(t -> template(t, portNames)).toList();
        if (templates.isEmpty() && oemOf.isEmpty() && localStreaming.available()) {
            throw root.field("templates").fail("is empty: a profile needs templates, an oemOf maker, "
                    + "or localStreaming.available=false explaining what works instead");
        }
        return new ManufacturerProfile(id, root.field("displayName").string(), root.field("aliases").strings(),
                root.field("excludedNames").strings(), oemOf, localStreaming, ports,
                root.field("defaultCredentials").optionalElements().stream().map(this::credential).toList(),
                capabilities(root.field("capabilities")), templates,
                root.field("fingerprints").optionalElements().stream().map(this::fingerprint).toList(),
                root.field("notes").strings());
    }

    private static String readId(String file, JsonCursor field) {
        String id = field.string();
        if (!ID.matcher(id).matches()) {
            throw field.fail("'" + id + "' must be lower-case letters, digits and single hyphens");
        }
        String expected = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
        if (!id.equals(expected)) {
            throw field.fail("'" + id + "' does not match the file name '" + expected + ".json'");
        }
        return id;
    }

    private DefaultPort port(JsonCursor port) {
        port.allowOnly("name", "port", "sources", "verified", "note");
        String name = port.field("name").string();
        if (!ID.matcher(name).matches()) {
            throw port.field("name").fail("'" + name + "' must be lower-case letters, digits and hyphens");
        }
        int number = port.field("port").integer();
        if (number < 1 || number > 65535) {
            throw port.field("port").fail(number + " is not within 1..65535");
        }
        return new DefaultPort(name, number, sources(port), port.field("verified").bool(), note(port));
    }

    private OemRelation oemRelation(JsonCursor relation) {
        relation.allowOnly("manufacturer", "sources", "verified", "note");
        return new OemRelation(relation.field("manufacturer").string(), sources(relation),
                relation.field("verified").bool(), note(relation));
    }

    private LocalStreaming localStreaming(JsonCursor field) {
        if (!field.isPresent()) {
            return LocalStreaming.AVAILABLE;
        }
        field.allowOnly("available", "note", "sources");
        boolean available = field.field("available").bool();
        String note = available ? note(field) : field.field("note").string();
        return new LocalStreaming(available, note, sources(field));
    }

    private DefaultCredential credential(JsonCursor credential) {
        credential.allowOnly("user", "password", "sources", "verified", "note");
        return new DefaultCredential(credential.field("user").string(),
                credential.field("password").possiblyEmptyString(), sources(credential),
                credential.field("verified").bool(), note(credential));
    }

    private Capabilities capabilities(JsonCursor field) {
        if (!field.isPresent()) {
            return Capabilities.UNKNOWN;
        }
        field.allowOnly("ptz", "audio", "twoWayAudio", "analytics", "onvifProfiles", "sources");
        List<String> sources = field.field("sources").isPresent() ? sources(field) : List.of();
        return new Capabilities(support(field.field("ptz")), support(field.field("audio")),
                support(field.field("twoWayAudio")), support(field.field("analytics")),
                field.field("onvifProfiles").strings(), sources);
    }

    private static Support support(JsonCursor field) {
        return field.optionalBool().map(yes -> yes ? Support.YES : Support.NO).orElse(Support.UNKNOWN);
    }

    private UrlTemplate template(JsonCursor template, Set<String> portNames) {
        template.allowOnly("connectionType", "role", "url", "port", "stream", "credentials", "sources", "verified",
                "note");
        JsonCursor typeField = template.field("connectionType");
        ConnectionType type = ConnectionType.fromWireName(typeField.string()).orElseThrow(() -> typeField.fail(
                "'" + typeField.string() + "' is not one of " + ConnectionType.allWireNames()));
        JsonCursor roleField = template.field("role");
        TemplateRole role = TemplateRole.fromWireName(roleField.string()).orElseThrow(() -> roleField.fail(
                "'" + roleField.string() + "' is not one of " + TemplateRole.allWireNames()));
        UrlPattern url = urlPattern(template.field("url"));
        String portName = templatePort(template, url, portNames);
        int stream = templateStream(template, url);
        return new UrlTemplate(type, role, url, portName, stream, credentialPlacement(template, url),
                sources(template), template.field("verified").bool(), note(template));
    }

    private static UrlPattern urlPattern(JsonCursor field) {
        String text = field.string();
        UrlPattern url;
        try {
            url = UrlPattern.parse(text);
        } catch (IllegalArgumentException e) {
            throw field.fail("'" + text + "': " + e.getMessage());
        }
        // Cloud endpoints have fixed hosts; everything else starts with {host}
        if (!text.matches("[a-z][a-z0-9+.-]*://[^/?]+.*")) {
            throw field.fail("'" + text + "' must start with <scheme>://<host>");
        }
        return url;
    }

    private static String templatePort(JsonCursor template, UrlPattern url, Set<String> portNames) {
        JsonCursor field = template.field("port");
        if (!url.uses(Placeholder.PORT)) {
            if (field.isPresent()) {
                throw field.fail("is set but the url has no {port}");
            }
            return null;
        }
        String name = field.string();
        if (!portNames.contains(name)) {
            throw field.fail("'" + name + "' is not a port of this profile (" + String.join(", ", portNames) + ")");
        }
        return name;
    }

    private static int templateStream(JsonCursor template, UrlPattern url) {
        JsonCursor field = template.field("stream");
        boolean needed = url.placeholders().stream().anyMatch(STREAM_PLACEHOLDERS::contains);
        if (!needed) {
            if (field.isPresent()) {
                throw field.fail("is set but the url has no {stream}, {stream0} or {channelStream}");
            }
            return 0;
        }
        int stream = field.integer();
        if (stream < 1 || stream > 9) {
            throw field.fail(stream + " is not within 1..9");
        }
        return stream;
    }

    private static CredentialPlacement credentialPlacement(JsonCursor template, UrlPattern url) {
        JsonCursor field = template.field("credentials");
        boolean inTemplate = url.placeholders().stream().anyMatch(CREDENTIAL_PLACEHOLDERS::contains);
        String value = field.optionalString().orElse(inTemplate ? "template" : "userinfo");
        return switch (value) {
            case "userinfo" -> {
                if (inTemplate) {
                    throw field.fail("is 'userinfo' but the url has {user} or {password}");
                }
                yield CredentialPlacement.USERINFO;
            }
            case "template" -> {
                if (!inTemplate) {
                    throw field.fail("is 'template' but the url has no {user} or {password}");
                }
                yield CredentialPlacement.TEMPLATE;
            }
            case "none" -> CredentialPlacement.NONE;
            default -> throw field.fail("'" + value + "' is not one of userinfo, template, none");
        };
    }

    private Fingerprint fingerprint(JsonCursor fingerprint) {
        fingerprint.allowOnly("match", "sources", "verified", "note");
        JsonCursor match = fingerprint.field("match");
        Map<FingerprintField, Pattern> conditions = new EnumMap<>(FingerprintField.class);
        for (String name : match.fieldNames()) {
            JsonCursor condition = match.field(name);
            FingerprintField field = FingerprintField.fromWireName(name).orElseThrow(() -> condition.fail(
                    "is not one of " + FingerprintField.allWireNames()));
            String regex = condition.string();
            try {
                conditions.put(field, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw condition.fail("'" + regex + "' is not a valid regular expression: " + e.getDescription());
            }
        }
        if (conditions.isEmpty()) {
            throw match.fail("has no conditions");
        }
        return new Fingerprint(conditions, sources(fingerprint), fingerprint.field("verified").bool(),
                note(fingerprint));
    }

    private static List<String> sources(JsonCursor owner) {
        JsonCursor field = owner.field("sources");
        List<JsonCursor> elements = field.elements();
        if (elements.isEmpty()) {
            throw field.fail("is empty: name the source ids from camera-facts.md");
        }
        for (JsonCursor element : elements) {
            String id = element.string();
            if (!SOURCE_ID.matcher(id).matches()) {
                throw element.fail("'" + id + "' is not a source id S1..S38");
            }
        }
        return elements.stream().map(JsonCursor::string).toList();
    }

    private static String note(JsonCursor owner) {
        return owner.field("note").optionalString().orElse(null);
    }

    private static void requireUnique(JsonCursor field, List<String> values, String what) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                throw field.fail("repeats the " + what + " '" + value + "'");
            }
        }
    }
}
