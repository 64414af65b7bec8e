package io.ohmvision.catalog.control;

import io.ohmvision.catalog.entity.CredentialPlacement;
import io.ohmvision.catalog.entity.Placeholder;
import io.ohmvision.catalog.entity.RenderRequest;
import io.ohmvision.catalog.entity.RenderedUrl;
import io.ohmvision.catalog.entity.UrlPattern;
import io.ohmvision.catalog.entity.UrlTemplate;
import io.ohmvision.channels.StreamUrl;
import java.util.Map;
import java.util.Optional;

/**
 * Fills URL templates for one camera. Every value that is not a number or the host is percent-encoded, so
 * passwords such as {@code p@ss:/#%?& é} survive both user info and query parameters.
 */
public final class UrlRenderer {

    /**
     * @param manufacturerId the profile the template comes from, carried into the result
     * @param defaultPorts   port numbers by name, used unless the request overrides them
     * @throws IllegalArgumentException when the template needs a port or parameter the request does not give
     */
    public RenderedUrl render(String manufacturerId, UrlTemplate template, Map<String, Integer> defaultPorts,
                              RenderRequest request) {
        String connect = fill(template, defaultPorts, request, false);
        // The masked form is filled with *** for every secret, never derived by searching for the real values
        String masked = fill(template, defaultPorts, request, true);
        if (template.credentials() == CredentialPlacement.USERINFO && request.hasCredentials()) {
            connect = StreamUrl.withCredentials(connect, request.user(), request.password());
            masked = StreamUrl.withCredentials(masked, request.user(), StreamUrl.MASK);
        }
        return new RenderedUrl(manufacturerId, template, StreamUrl.mask(masked), connect);
    }

    /** Whether {@link #render} would succeed: every port and parameter the template needs is known. */
    public boolean canRender(UrlTemplate template, Map<String, Integer> defaultPorts, RenderRequest request) {
        return missingValue(template, defaultPorts, request).isEmpty();
    }

    private static Optional<String> missingValue(UrlTemplate template, Map<String, Integer> defaultPorts,
                                                 RenderRequest request) {
        if (template.portName() != null && port(template, defaultPorts, request) == null) {
            return Optional.of("port '" + template.portName() + "'");
        }
        return template.url().placeholders().stream()
                .filter(p -> p.kind() == Placeholder.Kind.TEXT || p.kind() == Placeholder.Kind.SECRET)
                .filter(p -> p != Placeholder.USER && p != Placeholder.PASSWORD)
                .filter(p -> request.parameter(p).isEmpty())
                .map(p -> "{" + p.templateName() + "}")
                .findFirst();
    }

    private static String fill(UrlTemplate template, Map<String, Integer> defaultPorts, RenderRequest request,
                               boolean maskSecrets) {
        missingValue(template, defaultPorts, request).ifPresent(missing -> {
            throw new IllegalArgumentException(template.url() + " needs a value for " + missing);
        });
        return template.url().render(part -> value(part, template, defaultPorts, request, maskSecrets));
    }

    private static String value(UrlPattern.Part part, UrlTemplate template, Map<String, Integer> defaultPorts,
                                RenderRequest request, boolean maskSecrets) {
        if (maskSecrets && part.placeholder().kind() == Placeholder.Kind.SECRET) {
            return StreamUrl.MASK;
        }
        return switch (part.placeholder()) {
            case HOST -> request.host().indexOf(':') >= 0 ? "[" + request.host() + "]" : request.host();
            case PORT -> number(port(template, defaultPorts, request), part);
            case CHANNEL -> number(request.channel(), part);
            case CHANNEL0 -> number(request.channel() - 1, part);
            case STREAM -> number(template.stream(), part);
            case STREAM0 -> number(template.stream() - 1, part);
            case CHANNEL_STREAM -> number(request.channel() * 100 + template.stream(), part);
            case USER -> StreamUrl.encode(request.user() == null ? "" : request.user());
            case PASSWORD -> StreamUrl.encode(request.password() == null ? "" : request.password());
            case NAME, TOKEN, PROJECT_ID, DEVICE_ID -> StreamUrl.encode(request.parameter(part.placeholder()).orElseThrow());
        };
    }

    private static Integer port(UrlTemplate template, Map<String, Integer> defaultPorts, RenderRequest request) {
        return request.portOverrides().getOrDefault(template.portName(), defaultPorts.get(template.portName()));
    }

    private static String number(int value, UrlPattern.Part part) {
        return part.width() == 0 ? Integer.toString(value) : String.format("%0" + part.width() + "d", value);
    }
}
