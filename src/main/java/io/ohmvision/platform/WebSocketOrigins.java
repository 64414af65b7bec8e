package io.ohmvision.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses (403) a WebSocket handshake that a browser makes from another site's page (Cross-Site WebSocket Hijacking:
 * the browser would send the console's cookie or cached Basic credentials along). A browser always says where the
 * page came from (Origin); it must be this server's own origin (the scheme, host and port the browser asked for:
 * the Host header, and X-Forwarded-Proto behind a TLS proxy) or one listed in ohmvision.websocket.allowed-origins.
 * Programs send no Origin and are not concerned.
 */
@WebFilter(urlPatterns = {"/ws/*", "/jakarta.faces.push/*"})
public class WebSocketOrigins extends HttpFilter {

    private List<String> allowedOrigins;

    /** Read here: the container cannot inject a parameterized config property into a filter. */
    @Override
    public void init() {
        allowedOrigins = ConfigProvider.getConfig().getOptionalValues("ohmvision.websocket.allowed-origins",
                String.class).orElse(List.of()).stream().map(WebSocketOrigins::normalized).flatMap(Optional::stream)
                .toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin == null || allowed(origin, ownOrigin(request))) {
            chain.doFilter(request, response);
            return;
        }
        Problem.of(Response.Status.FORBIDDEN, "A page from " + origin + " may not open this WebSocket: only pages of "
                + "this server (or of the origins in OHMVISION_WEBSOCKET_ALLOWED_ORIGINS) may").writeTo(response);
    }

    private boolean allowed(String origin, String own) {
        Optional<String> given = normalized(origin);
        return given.isPresent() && (given.get().equals(own) || allowedOrigins.contains(given.get()));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        String scheme = forwarded == null ? request.getScheme() : forwarded.split(",")[0].trim();
        String host = request.getHeader("Host");
        return normalized(scheme + "://" + (host == null ? request.getServerName() : host)).orElse("");
    }

    /** scheme://host:port in lower case with the port always written, or empty for what is not an origin ("null"). */
    static Optional<String> normalized(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : switch (scheme) {
                case "https", "wss" -> 443;
                case "http", "ws" -> 80;
                default -> -1;
            };
            return port < 0 ? Optional.empty()
                    : Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
