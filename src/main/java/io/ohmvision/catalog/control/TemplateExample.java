package io.ohmvision.catalog.control;

import io.ohmvision.catalog.entity.CredentialPlacement;
import io.ohmvision.catalog.entity.Placeholder;
import io.ohmvision.catalog.entity.RenderRequest;
import io.ohmvision.catalog.entity.UrlTemplate;
import java.util.Map;

/**
 * A template filled in for a made-up camera, so that a person reading the catalogue sees the URL a camera would
 * answer on: {@code /Streaming/Channels/{channelStream}} alone does not say that main is 101 and sub 102. The camera
 * is channel 1 on {@value #HOST} (TEST-NET-1, RFC 5737: reserved for documentation, never a real device) with the
 * template's default port. It is rendered by the same {@link UrlRenderer} as auto-detect's candidate URLs, so the
 * example cannot drift from what is tried, and in its masked form, so no secret can reach it: passwords and tokens
 * read {@code ***}, a user name the vendor puts in the query reads {@value #USER}.
 */
public final class TemplateExample {

    public static final String HOST = "192.0.2.10";
    static final String USER = "user";

    /** Values for bridge, cloud and token placeholders, which have no default; the token is masked anyway. */
    private static final RenderRequest CAMERA = RenderRequest.forHost(HOST)
            .withParameter(Placeholder.NAME, "camera-1")
            .withParameter(Placeholder.TOKEN, "token")
            .withParameter(Placeholder.PROJECT_ID, "project-id")
            .withParameter(Placeholder.DEVICE_ID, "device-id");
    /**
     * Only templates with their own {user}/{password} get a user: user info would turn the example into
     * rtsp://user:***@..., which is not how such a URL is stored or shown (credentials are kept apart).
     */
    private static final RenderRequest CAMERA_WITH_QUERY_LOGIN = CAMERA.withCredentials(USER, null);

    private final UrlRenderer renderer = new UrlRenderer();

    /**
     * @param defaultPorts the port numbers the answer shows next to the template, so the example uses the same one
     */
    public String of(Catalog.OwnedTemplate owned, Map<String, Integer> defaultPorts) {
        UrlTemplate template = owned.template();
        RenderRequest camera = template.credentials() == CredentialPlacement.TEMPLATE
                ? CAMERA_WITH_QUERY_LOGIN : CAMERA;
        return renderer.render(owned.ownerId(), template, defaultPorts, camera).maskedUrl();
    }
}
