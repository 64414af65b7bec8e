package io.ohmvision.catalog.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL template split into literal text and placeholders, e.g.
 * {@code rtsp://{host}:{port}/Streaming/Channels/{channelStream}}.
 */
public record UrlPattern(String text, List<Part> parts) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)(?::(\\d))?}");

    /** Literal text, or a placeholder with an optional zero-padding width (0 = none). */
    public record Part(String literal, Placeholder placeholder, int width) {
        public boolean isLiteral() {
            return placeholder == null;
        }
    }

    public UrlPattern {
        parts = List.copyOf(parts);
    }

    /**
     * @throws IllegalArgumentException naming the unknown placeholder or stray brace
     */
    public static UrlPattern parse(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int literalStart = 0;
        while (m.find()) {
            addLiteral(parts, text.substring(literalStart, m.start()));
            Placeholder placeholder = Placeholder.fromTemplateName(m.group(1)).orElseThrow(
                    () -> new IllegalArgumentException("placeholder {" + m.group(1) + "} is not one of "
                            + Placeholder.allTemplateNames()));
            int width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (width > 0 && placeholder.kind() != Placeholder.Kind.NUMBER) {
                throw new IllegalArgumentException("placeholder {" + m.group() + "} has a width but is not a number");
            }
            parts.add(new Part(null, placeholder, width));
            literalStart = m.end();
        }
        addLiteral(parts, text.substring(literalStart));
        return new UrlPattern(text, parts);
    }

    private static void addLiteral(List<Part> parts, String literal) {
        if (literal.indexOf('{') >= 0 || literal.indexOf('}') >= 0) {
            throw new IllegalArgumentException("'" + literal + "' has a brace that is not a {placeholder}");
        }
        if (!literal.isEmpty()) {
            parts.add(new Part(literal, null, 0));
        }
    }

    public Set<Placeholder> placeholders() {
        Set<Placeholder> used = EnumSet.noneOf(Placeholder.class);
        parts.stream().filter(p -> !p.isLiteral()).forEach(p -> used.add(p.placeholder()));
        return used;
    }

    public boolean uses(Placeholder placeholder) {
        return placeholders().contains(placeholder);
    }

    /** The scheme of the template (text before "://"), lower case. */
    public String scheme() {
        int end = text.indexOf("://");
        return end < 0 ? "" : text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }

    public String render(Function<Part, String> valueOf) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(part.isLiteral() ? part.literal() : valueOf.apply(part));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
