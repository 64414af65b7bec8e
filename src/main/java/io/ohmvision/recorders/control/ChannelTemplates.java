package io.ohmvision.recorders.control;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.UrlRenderer;
import io.ohmvision.catalog.entity.RenderRequest;
import io.ohmvision.catalog.entity.TemplateRole;
import io.ohmvision.catalog.entity.UrlTemplate;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.StreamUrl;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A manufacturer's recorder channel numbering, as the catalogue writes it: its first "nvr" template of role
 * nvr-main (and nvr-sub) whose URL a probe can check. The numbering itself (channel x 100 + stream, channel=N,
 * /unicast/cN/sM, /LiveChannel/N-1) is data in the templates' placeholders, never code here.
 *
 * Public for auto-detection, which recognises a recorder by its channel 2 answering.
 *
 * @param manufacturerId the profile whose templates these are (an OEM maker's for an OEM brand)
 */
public record ChannelTemplates(String manufacturerId, UrlTemplate main, Optional<UrlTemplate> sub,
                        Map<String, Integer> ports) {

    private static final UrlRenderer RENDERER = new UrlRenderer();

    public static Optional<ChannelTemplates> of(Catalog catalog, String manufacturer) {
        List<Catalog.OwnedTemplate> recorder = catalog.templatesOf(manufacturer).stream()
                .filter(t -> t.template().connectionType() == ConnectionType.NVR)
                .filter(t -> t.template().url().scheme().startsWith("rtsp")).toList();
        for (int i = 0; i < recorder.size(); i++) {
            Catalog.OwnedTemplate main = recorder.get(i);
            if (main.template().role() == TemplateRole.NVR_MAIN) {
                // its sub stream is the next nvr-sub of the same profile
                Optional<UrlTemplate> sub = recorder.subList(i + 1, recorder.size()).stream()
                        .filter(t -> t.ownerId().equals(main.ownerId()))
                        .filter(t -> t.template().role() == TemplateRole.NVR_SUB)
                        .map(Catalog.OwnedTemplate::template).findFirst();
                return Optional.of(new ChannelTemplates(main.ownerId(), main.template(), sub,
                        catalog.portNumbersOf(manufacturer)));
            }
        }
        return Optional.empty();
    }

    /** The recorder's RTSP port when none is given: the one the main template names. */
    public int defaultPort() {
        return ports.getOrDefault(main.portName(), 554);
    }

    public String mainUrl(String host, int port, int channel) {
        return render(main, host, port, channel);
    }

    public Optional<String> subUrl(String host, int port, int channel) {
        return sub.map(template -> render(template, host, port, channel));
    }

    private String render(UrlTemplate template, String host, int port, int channel) {
        RenderRequest request = RenderRequest.forHost(host).withChannel(channel).withPort(template.portName(), port);
        return StreamUrl.parse(RENDERER.render(manufacturerId, template, ports, request).connectUrl()).orElseThrow()
                .toConnectString();
    }
}
