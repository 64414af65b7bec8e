package io.ohmvision.discovery.scan;

import io.ohmvision.catalog.control.FingerprintMatcher;
import io.ohmvision.catalog.control.MacVendorLookup;
import io.ohmvision.discovery.entity.ScanJob;
import io.ohmvision.discovery.entity.ScanState;
import io.ohmvision.platform.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts scans in the background and lets them be cancelled; the store holds what they found. */
@ApplicationScoped
public class ScanJobs {

    private static final Logger LOG = Logger.getLogger(ScanJobs.class.getName());
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    @Inject
    DiscoverySettings settings;

    @Inject
    ScanJobStore store;

    @Inject
    MacVendorLookup macs;

    @Inject
    FingerprintMatcher fingerprints;

    @Resource
    ManagedExecutorService executor;

    /** Scans running on this node, for a cancel that takes effect at once rather than at the next progress write. */
    private final Map<Long, ScanRun> running = new ConcurrentHashMap<>();

    /**
     * Checks the request (ProblemException 400 when refused, 409 when this node already runs as many scans as it may),
     * records the job and starts it.
     */
    public ScanJob start(List<String> cidrs, List<Integer> ports, String requestedBy) {
        List<Cidr> ranges;
        List<Integer> checkedPorts;
        try {
            ranges = settings.rangePolicy().check(cidrs);
            checkedPorts = settings.ports().check(ports);
        } catch (ScanRefusedException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        if (running.size() >= settings.maxRunning()) {
            throw ProblemException.conflict(running.size() + " scans are running on this node, the most allowed "
                    + "(ohmvision.discovery.max-running); wait for one to end or cancel one");
        }
        ScanJob job = store.create(ranges, checkedPorts, requestedBy);
        long id = job.getId();
        ScanRun run = new ScanRun(progress -> {
            if (!store.progress(id, progress)) {
                running.get(id).cancel();
            }
        }, PROGRESS_EVERY, System::nanoTime);
        running.put(id, run);
        executor.submit(() -> execute(id, ranges, checkedPorts, run));
        return job;
    }

    /** ProblemException 404 for an unknown job, 409 for one that already ended. */
    public ScanJob cancel(long id) {
        ScanJob before = find(id);
        if (before.getState().isFinished()) {
            throw ProblemException.conflict("scan " + id + " already ended (" + before.getState().wireName() + ")");
        }
        ScanJob job = store.cancel(id).orElseThrow(() -> unknown(id));
        ScanRun run = running.get(id);
        if (run != null) {
            run.cancel();
        }
        return job;
    }

    /** ProblemException 404 for an unknown job. */
    public ScanJob find(long id) {
        return store.find(id).orElseThrow(() -> unknown(id));
    }

    private static ProblemException unknown(long id) {
        return ProblemException.notFound("no scan job " + id);
    }

    /**
     * The scan itself, on the caller's thread: every address and port of checked ranges, then the MACs and makers of
     * the hosts that answered. Also site onboarding's first step.
     */
    public List<ScannedHost> scanAndIdentify(List<Cidr> ranges, List<Integer> ports, ScanRun run) throws IOException {
        List<HostReply> replies = new ConnectScanner(settings.scanSettings()).scan(ranges, ports, run);
        return new HostIdentification(macs, fingerprints, settings.ports(), executor, settings.identifyBudget())
                .identify(replies, NeighbourTable.read());
    }

    private void execute(long id, List<Cidr> ranges, List<Integer> ports, ScanRun run) {
        try {
            List<ScannedHost> hosts = scanAndIdentify(ranges, ports, run);
            store.finish(id, run.isCancelled() ? ScanState.CANCELLED : ScanState.COMPLETED, run.progress(), hosts,
                    null);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "scan " + id + " failed", e);
            store.finish(id, ScanState.FAILED, run.progress(), List.of(),
                    "the scan failed: " + e.getClass().getSimpleName() + " " + e.getMessage());
        } finally {
            running.remove(id);
        }
    }
}
