package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.PathTemplateMatcher;
import io.ohmvision.catalog.control.TemplateLearning;
import io.ohmvision.channels.ChannelProbes;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.channels.StreamUrl;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

    private final ChannelProbes probes = ChannelProbes.registered();

    @Inject
    CameraTargets targets;

    @Inject
    @Any
    Instance<CameraCheck> cameraChecks;

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

    public List<ChannelCheck> probeAll(Camera camera) {
        List<CompletableFuture<ChannelCheck>> running = new ArrayList<>();
        submit(running, Role.PRIMARY, camera.getPrimaryStreamUrl(), camera);
        submit(running, Role.SECONDARY, camera.getSecondaryStreamUrl(), camera);
        submit(running, Role.SNAPSHOT, camera.getSnapshotUrl(), camera);
        List<ChannelCheck> checks = running.stream().map(CompletableFuture::join).toList();
        checks.stream().filter(c -> c.result().outcome() == Outcome.OK).forEach(c -> learnFrom(camera, c));
        return checks;
    }

    private void submit(List<CompletableFuture<ChannelCheck>> running, Role role, String url, Camera camera) {
        if (url == null) {
            return;
        }
        ProbeTarget target = targets.target(camera, url, timeout);
        running.add(CompletableFuture.supplyAsync(() -> {
            ProbeResult result = probe(camera.getId(), target);
            targets.recordFirstUse(camera.getId(), target, result);
            return new ChannelCheck(role, result);
        }, executor));
    }

    /** A stored camera's check: the first {@link CameraCheck} that is about it, else the probe its URL needs. */
    public ProbeResult probe(long cameraId, ProbeTarget target) {
        for (CameraCheck check : cameraChecks) {
            Optional<ProbeResult> result = check.check(cameraId, target, () -> probe(target));
            if (result.isPresent()) {
                return result.get();
            }
        }
        return probe(target);
    }

    /** Probes never throw; a URL no probe handles yet gets an explained UNSUPPORTED. */
    public ProbeResult probe(ProbeTarget target) {
        StreamUrl url = target.streamUrl();
        return ConnectionType.forUrl(url).flatMap(probes::forType).map(p -> p.probe(target))
                .orElseGet(() -> new ProbeResult(ConnectionType.forUrl(url).orElse(null), target.maskedUrl(),
                        Outcome.UNSUPPORTED, 0, MediaFacts.NONE,
                        "no probe for " + url.scheme() + " URLs in this version", ServerFingerprint.NONE));
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
