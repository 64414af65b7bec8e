package io.ohmvision.catalog.control;

import io.ohmvision.catalog.entity.Evidence;
import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.catalog.entity.Placeholder;
import io.ohmvision.catalog.entity.Recognition;
import io.ohmvision.catalog.entity.UrlPattern;
import io.ohmvision.catalog.entity.UrlTemplate;
import io.ohmvision.channels.StreamUrl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the catalogue template an RTSP URL was made from, by matching its path against the RTSP templates of every
 * profile: no separate path table to keep in step. It guesses the manufacturer of legacy rows (they only have a URL,
 * and knowing the make lets the service offer that maker's sub stream, snapshot and events), and it tells which
 * template a working camera confirms, so the catalogue can learn.
 * <p>
 * The template with the most literal text that matches wins; a case-exact match beats a case-insensitive one
 * (Annke's {@code /H264/...} vs Hikvision's {@code /h264/...}); then the maker beats a brand that is an OEM of it,
 * then a verified template beats an unverified one. Paths that only match placeholders and slashes (such as
 * {@code /0}) say too little and fall back to {@value Catalog#GENERIC_RTSP}.
 */
public final class PathTemplateMatcher {

    /** Fewer non-slash literal characters than this cannot tell makers apart. */
    private static final int MIN_DISTINCTIVE_LITERALS = 2;

    private record Shape(String manufacturerId, UrlTemplate template, Pattern exactPath, Pattern anyCasePath,
                         Map<String, Pattern> query, int literals, int distinctiveLiterals) {
    }

    private record Hit(Shape shape, boolean caseExact) {
    }

    private final Catalog catalog;
    private final List<Shape> shapes = new ArrayList<>();

    public PathTemplateMatcher(Catalog catalog) {
        this.catalog = catalog;
        for (ManufacturerProfile profile : catalog.all()) {
            profile.templates().stream().filter(t -> t.url().scheme().startsWith("rtsp"))
                    .map(t -> shape(profile.id(), t)).filter(s -> s.distinctiveLiterals() >= MIN_DISTINCTIVE_LITERALS)
                    .forEach(shapes::add);
        }
    }

    /**
     * @param pathOrUrl an RTSP path with optional query ({@code /cam/realmonitor?channel=1&subtype=0}) or a whole URL
     * @return the best-matching manufacturer with the template as evidence, else {@value Catalog#GENERIC_RTSP}
     */
    public Recognition guess(String pathOrUrl) {
        String path = pathOf(pathOrUrl);
        return bestTemplate(pathOrUrl)
                .map(owned -> new Recognition(owned.ownerId(), List.of(new Evidence("rtsp-path", path,
                        "template " + owned.template().pathTemplate() + " (" + owned.template().role().wireName()
                                + ")", owned.template().sources(), owned.template().verified()))))
                .orElseGet(() -> new Recognition(Catalog.GENERIC_RTSP, List.of(new Evidence("rtsp-path", path,
                        "no catalogue template matches",
                        catalog.require(Catalog.GENERIC_RTSP).templates().get(0).sources(), false))));
    }

    /** The template the URL's path was most likely made from, with the profile it belongs to. */
    public Optional<Catalog.OwnedTemplate> bestTemplate(String pathOrUrl) {
        String path = pathOf(pathOrUrl);
        List<Hit> hits = new ArrayList<>();
        for (Shape shape : shapes) {
            match(shape, path).ifPresent(hits::add);
        }
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        hits.sort(Comparator.comparing((Hit h) -> h.caseExact()).thenComparingInt(h -> h.shape().literals())
                .thenComparing(h -> h.shape().template().verified()).reversed());
        Shape best = preferMaker(hits).shape();
        return Optional.of(new Catalog.OwnedTemplate(best.manufacturerId(), best.template()));
    }

    private static String pathOf(String pathOrUrl) {
        return StreamUrl.parse(pathOrUrl).map(StreamUrl::pathAndQuery).orElse(pathOrUrl == null ? "" : pathOrUrl);
    }

    /** Among equally good hits, the maker wins over a brand that is an OEM of it. */
    private Hit preferMaker(List<Hit> ranked) {
        Hit best = ranked.get(0);
        ManufacturerProfile bestProfile = catalog.require(best.shape().manufacturerId());
        return ranked.stream()
                .filter(h -> h.caseExact() == best.caseExact() && h.shape().literals() == best.shape().literals())
                .filter(h -> bestProfile.isOemOf(h.shape().manufacturerId()))
                .findFirst().orElse(best);
    }

    private static Optional<Hit> match(Shape shape, String path) {
        int queryStart = path.indexOf('?');
        String pathPart = queryStart < 0 ? path : path.substring(0, queryStart);
        Map<String, String> query = shape.query().isEmpty() || queryStart < 0 ? Map.of()
                : parameters(path.substring(queryStart + 1));
        if (!shape.anyCasePath().matcher(pathPart).matches()) {
            return Optional.empty();
        }
        boolean caseExact = shape.exactPath().matcher(pathPart).matches();
        for (Map.Entry<String, Pattern> wanted : shape.query().entrySet()) {
            String value = query.get(wanted.getKey().toLowerCase(Locale.ROOT));
            if (value == null || !wanted.getValue().matcher(value).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Hit(shape, caseExact));
    }

    private static Shape shape(String manufacturerId, UrlTemplate template) {
        String pathTemplate = template.pathTemplate();
        int queryStart = pathTemplate.indexOf('?');
        String pathPart = queryStart < 0 ? pathTemplate : pathTemplate.substring(0, queryStart);
        UrlPattern path = UrlPattern.parse(pathPart.isEmpty() ? "/" : pathPart);
        int literals = literalLength(path);
        Map<String, Pattern> query = new LinkedHashMap<>();
        if (queryStart >= 0) {
            for (Map.Entry<String, String> parameter : parameters(pathTemplate.substring(queryStart + 1)).entrySet()) {
                UrlPattern value = UrlPattern.parse(parameter.getValue());
                query.put(parameter.getKey(), Pattern.compile(regex(value, template), Pattern.CASE_INSENSITIVE));
                literals += parameter.getKey().length() + literalLength(value);
            }
        }
        int distinctive = literalLength(path) - (int) path.text().chars().filter(c -> c == '/').count();
        String pathRegex = regex(path, template);
        return new Shape(manufacturerId, template, Pattern.compile(pathRegex),
                Pattern.compile(pathRegex, Pattern.CASE_INSENSITIVE), query, literals, distinctive + query.size());
    }

    /** Parameter names lower-cased; a name without '=' has an empty value. */
    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                parameters.put(name, eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return parameters;
    }

    private static String regex(UrlPattern pattern, UrlTemplate template) {
        StringBuilder regex = new StringBuilder();
        for (UrlPattern.Part part : pattern.parts()) {
            regex.append(part.isLiteral() ? Pattern.quote(part.literal()) : placeholderRegex(part, template));
        }
        return regex.toString();
    }

    /** Stream numbers are pinned to the template's stream, so the evidence names the right role. */
    private static String placeholderRegex(UrlPattern.Part part, UrlTemplate template) {
        return switch (part.placeholder()) {
            // channel x 100 + stream: the last two digits are the template's stream
            case CHANNEL_STREAM -> "[1-9]\\d*" + String.format("%02d", template.stream());
            case STREAM -> Integer.toString(template.stream());
            case STREAM0 -> Integer.toString(template.stream() - 1);
            default -> part.placeholder().kind() != Placeholder.Kind.NUMBER ? "[^/?&]*"
                    : part.width() == 0 ? "\\d+" : "\\d{" + part.width() + "}";
        };
    }

    /** Literal characters, counting the pinned stream digits as literal: they are as specific as text. */
    private static int literalLength(UrlPattern pattern) {
        return pattern.parts().stream().mapToInt(p -> p.isLiteral() ? p.literal().length() : switch (p.placeholder()) {
            case STREAM, STREAM0 -> 1;
            case CHANNEL_STREAM -> 2;
            default -> 0;
        }).sum();
    }
}
