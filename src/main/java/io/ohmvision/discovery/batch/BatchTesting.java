package io.ohmvision.discovery.batch;

import io.ohmvision.cameras.control.CameraDetails;
import io.ohmvision.cameras.control.CameraListing;
import io.ohmvision.cameras.control.ChannelTesting;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.discovery.detect.AutoDetectReport;
import io.ohmvision.discovery.detect.AutoDetectRequest;
import io.ohmvision.discovery.detect.AutoDetection;
import io.ohmvision.platform.Fanout;
import io.ohmvision.platform.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Tests many cameras (every configured channel) or devices (auto-detection, nothing stored) at once, a bounded
 * number at a time. Everything is checked before the first probe: a refused batch probes nothing.
 */
@ApplicationScoped
public class BatchTesting {

    @Inject
    BatchSettings settings;

    @Inject
    CameraListing listing;

    @Inject
    ChannelTesting channels;

    @Inject
    AutoDetection detection;

    @Resource
    ManagedExecutorService executor;

    /**
     * @param cameraIds stored cameras to test; may be null
     * @param devices   devices to auto-detect; may be null
     * @throws ProblemException 400 for an empty or too large batch or a refused device, 404 for an unknown camera
     */
    public BatchTestReport test(List<Long> cameraIds, List<AutoDetectRequest> devices) {
        if (cameraIds != null && cameraIds.contains(null)) {
            throw ProblemException.badRequest("cameraIds must not contain null");
        }
        List<Long> ids = cameraIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(cameraIds));
        List<AutoDetectRequest> detect = devices == null ? List.of() : List.copyOf(devices);
        int size = ids.size() + detect.size();
        if (size == 0) {
            throw ProblemException.badRequest("name at least one camera in cameraIds or one device in devices");
        }
        if (size > settings.maxSize()) {
            throw ProblemException.badRequest(size + " cameras and devices in one batch; at most "
                    + settings.maxSize() + " (ohmvision.discovery.batch.max-size): split the batch");
        }
        List<CameraDetails> cameras = ids.stream().map(listing::details).toList();
        detect.forEach(device -> detection.check(device, false));

        List<Supplier<BatchTestReport.Item>> work = new ArrayList<>();
        cameras.forEach(camera -> work.add(() -> cameraItem(camera)));
        detect.forEach(device -> work.add(() -> deviceItem(device)));
        long start = System.nanoTime();
        List<BatchTestReport.Item> items = new Fanout(executor, settings.concurrency()).map(work, Supplier::get);
        long working = items.stream().filter(BatchTestReport.Item::working).count();
        return new BatchTestReport(items.size() + " tested: " + working + " working, " + (items.size() - working)
                + " failing", (System.nanoTime() - start) / 1_000_000, items);
    }

    private BatchTestReport.Item cameraItem(CameraDetails camera) {
        List<ChannelTesting.ChannelCheck> checks = channels.probeAll(camera.getId());
        boolean working = checks.stream().anyMatch(c -> c.role() == ChannelTesting.Role.PRIMARY
                && c.result().outcome() == Outcome.OK);
        String summary = checks.isEmpty() ? "no channel configured" : String.join(", ", checks.stream()
                .map(c -> c.role().name().toLowerCase(Locale.ROOT) + " " + c.result().outcome()).toList());
        return new BatchTestReport.Item(camera.getId(), camera.getName(), camera.getIpAddress(), working, summary,
                checks.stream().map(c -> check(c.role(), c.result())).toList(), null);
    }

    private BatchTestReport.Item deviceItem(AutoDetectRequest device) {
        AutoDetectReport report = detection.detect(device);
        return new BatchTestReport.Item(null, null, device.ip(), report.main().found(), report.summary()
                + (report.lockout() == null ? "" : "; " + report.lockout()), List.of(), report);
    }

    private static BatchTestReport.Check check(ChannelTesting.Role role, ProbeResult result) {
        return new BatchTestReport.Check(role.name(), result.maskedUrl(), result.outcome().name(),
                result.latencyMillis(), result.media().videoCodec(), result.media().width(), result.media().height(),
                result.reason());
    }
}
