package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.PathTemplateMatcher;
import io.ohmvision.catalog.control.TemplateLearning;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.platform.Fanout;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tests every channel a camera has configured (primary, secondary, snapshot) in parallel, each with the probe its
 * URL needs, and lets the catalogue learn from the ones that work.
 */
@ApplicationScoped
public class ChannelTesting {

    /** Which configured URL a result is about. */
    public enum Role { PRIMARY, SECONDARY, SNAPSHOT }

    /** One channel's result. */
    public record ChannelCheck(Role role, ProbeResult result) {
    }

    @Inject
    CameraListing listing;

    @Inject
    CameraTargets targets;

    @Inject
    CameraChannels channels;

    @Inject
    Catalog catalog;

    @Inject
    PathTemplateMatcher templates;

    @Inject
    TemplateLearning learning;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "ohmvision.probe.timeout", defaultValue = "PT5S")
    Duration timeout;

    /** Every channel of a stored camera, as it is stored now; 404 when there is none. */
    public List<ChannelCheck> probeAll(long cameraId) {
        return probeAll(listing.find(cameraId));
    }

    public List<ChannelCheck> probeAll(Camera camera) {
        CameraAccess access = CameraAccess.of(camera);
        Map<Role, String> configured = new EnumMap<>(Role.class);
        configured.put(Role.PRIMARY, camera.getPrimaryStreamUrl());
        configured.put(Role.SECONDARY, camera.getSecondaryStreamUrl());
        configured.put(Role.SNAPSHOT, camera.getSnapshotUrl());
        configured.values().removeIf(Objects::isNull);
        List<ChannelCheck> checks = new Fanout(executor, Role.values().length).map(List.copyOf(configured.keySet()),
                role -> check(role, configured.get(role), access));
        checks.stream().filter(c -> c.result().outcome() == Outcome.OK).forEach(c -> learnFrom(camera, c));
        return checks;
    }

    private ChannelCheck check(Role role, String url, CameraAccess camera) {
        ProbeTarget target = targets.target(camera, url, camera.probeSettings().timeoutOr(timeout));
        ProbeResult result = probe(camera, target);
        targets.recordFirstUse(camera.cameraId(), target, result);
        return new ChannelCheck(role, result);
    }

    /**
     * A stored camera's check: the camera check registered for its type and its URL's scheme, else the probe its URL
     * needs, tried again as often as the camera's settings ask when no answer came. A URL no probe handles (a row
     * stored before schemes were checked) is UNSUPPORTED, reported as the camera's own type.
     */
    public ProbeResult probe(CameraAccess camera, ProbeTarget target) {
        Supplier<ProbeResult> urlProbe = () -> probe(target, camera.type());
        Supplier<ProbeResult> once = () -> channels.registry().cameraCheckFor(camera.type(), target.streamUrl())
                .map(check -> check.check(camera.cameraId(), target, urlProbe)).orElseGet(urlProbe);
        return ProbeRetries.run(once, camera.probeSettings().retries());
    }

    /**
     * A URL OhmVision made (a catalogue template, a recorder channel): its scheme must be one a connection type
     * handles.
     */
    public ProbeResult probe(ProbeTarget target) {
        return probe(target, null);
    }

    /** Probes never throw; a URL no probe handles gets an explained UNSUPPORTED about the type it was stored as. */
    private ProbeResult probe(ProbeTarget target, ConnectionType storedAs) {
        StreamUrl url = target.streamUrl();
        Optional<ConnectionType> type = ConnectionType.forUrl(url);
        if (type.isPresent()) {
            return channels.registry().probeFor(url).map(p -> p.probe(target)).orElseGet(() -> unsupported(target,
                    type.get(), "no probe for " + type.get().wireName() + " URLs in this version"));
        }
        if (storedAs == null) {
            throw new IllegalArgumentException("no connection type handles " + url.scheme() + " URLs");
        }
        return unsupported(target, storedAs, url.scheme() + " URLs are not handled by " + storedAs.wireName()
                + " cameras (streams: " + String.join(", ", storedAs.streamSchemes()) + "): change the URL or the "
                + "connection type");
    }

    private static ProbeResult unsupported(ProbeTarget target, ConnectionType channel, String reason) {
        return new ProbeResult(channel, target.maskedUrl(), Outcome.UNSUPPORTED, 0, MediaFacts.NONE, reason,
                ServerFingerprint.NONE);
    }

    /**
     * A working URL made from one of the manufacturer's templates (own or inherited from its OEM maker) confirms
     * that template for the camera's model and firmware.
     */
    private void learnFrom(Camera camera, ChannelCheck check) {
        String manufacturer = camera.getManufacturer();
        String url = check.role() == Role.PRIMARY ? camera.getPrimaryStreamUrl()
                : check.role() == Role.SECONDARY ? camera.getSecondaryStreamUrl() : camera.getSnapshotUrl();
        if (manufacturer == null || catalog.find(manufacturer).isEmpty()) {
            return;
        }
        templates.bestTemplate(url).flatMap(best -> catalog.templatesOf(manufacturer).stream()
                        .filter(own -> own.template().url().text().equals(best.template().url().text())).findFirst())
                .ifPresent(own -> learning.confirm(manufacturer, camera.getModel(), camera.getFirmwareVersion(),
                        own.template()));
    }
}
