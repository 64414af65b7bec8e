package io.ohmvision.discovery.onboarding;

import io.ohmvision.discovery.batch.BatchSettings;
import io.ohmvision.discovery.detect.AutoDetectRequest;
import io.ohmvision.discovery.detect.AutoDetection;
import io.ohmvision.discovery.scan.Cidr;
import io.ohmvision.discovery.scan.DiscoveredDevice;
import io.ohmvision.discovery.scan.DiscoverySettings;
import io.ohmvision.discovery.scan.NetworkInfo;
import io.ohmvision.discovery.scan.OnvifDiscovery;
import io.ohmvision.discovery.scan.OnvifDiscoveryRequest;
import io.ohmvision.discovery.scan.ScanJobs;
import io.ohmvision.discovery.scan.ScanRefusedException;
import io.ohmvision.discovery.scan.ScanRun;
import io.ohmvision.discovery.scan.ScannedHost;
import io.ohmvision.platform.ExpiringMap;
import io.ohmvision.platform.Fanout;
import io.ohmvision.platform.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Site onboarding: a scan of the given networks, WS-Discovery of the hosts that answered, auto-detection of every
 * device with a list of credentials (a few devices at a time), and a proposal per device; then, on a person's
 * choice, the chosen devices stored in one transaction ({@link OnboardingApply}).
 * <p>
 * The jobs live in this member's memory, not in the database like scan jobs: a job holds the credentials to try,
 * which must never be stored (only the chosen camera's password is, encrypted, by the cameras feature), and its
 * detections, which are only worth a review within the hour. So only the member that started a job knows it: GET
 * and apply on another member of a cluster answer 404 saying so (a load balancer needs sticky sessions for the
 * wizard), and a job whose member stops is gone, credentials with it. A job is forgotten an hour after it started or
 * ended, at the latest; at most {@link #JOBS_KEPT} are kept.
 */
@ApplicationScoped
public class OnboardingJobs {

    private static final Logger LOG = Logger.getLogger(OnboardingJobs.class.getName());
    static final Duration KEPT_FOR = Duration.ofHours(1);
    static final int JOBS_KEPT = 50;
    /** WS-Discovery answers within APP_MAX_DELAY (500 ms); the hosts are known, so a short window does. */
    private static final Duration ONVIF_WINDOW = Duration.ofMillis(1500);

    @Inject
    DiscoverySettings settings;

    @Inject
    BatchSettings batch;

    @Inject
    ScanJobs scans;

    @Inject
    OnvifDiscovery onvif;

    @Inject
    AutoDetection detection;

    @Inject
    Registrations registrations;

    @Inject
    OnboardingApply applying;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private ExpiringMap<String, OnboardingJob> jobs;
    private final AtomicInteger running = new AtomicInteger();

    @PostConstruct
    void init() {
        jobs = new ExpiringMap<>(JOBS_KEPT, clock);
    }

    /**
     * Checks the networks as a scan's (own subnets or allowed CIDRs, at most /20 in all) and starts the job.
     *
     * @throws ProblemException 400 for refused networks, 409 when this member runs as many scans as it may
     */
    public OnboardingJob start(List<String> cidrs, List<CredentialToTry> credentials, String requestedBy) {
        List<Cidr> ranges;
        try {
            ranges = settings.rangePolicy().check(cidrs);
        } catch (ScanRefusedException e) {
            throw ProblemException.badRequest("cidrs: " + e.getMessage());
        }
        if (running.incrementAndGet() > settings.maxRunning()) {
            running.decrementAndGet();
            throw ProblemException.conflict("as many onboardings are running on this member as may "
                    + "(ohmvision.discovery.max-running): wait for one to be ready");
        }
        OnboardingJob job = new OnboardingJob(UUID.randomUUID().toString(), requestedBy,
                ranges.stream().map(Cidr::toString).toList(), credentials, ScanRun.unobserved(), clock.instant());
        jobs.put(job.id(), job, clock.instant().plus(KEPT_FOR));
        try {
            executor.submit(() -> run(job, ranges));
        } catch (RuntimeException refused) {
            running.decrementAndGet();
            jobs.remove(job.id());
            throw refused;
        }
        return job;
    }

    /** @throws ProblemException 404 for a job this member does not know */
    public OnboardingJob find(String id) {
        return jobs.get(id).orElseThrow(() -> ProblemException.notFound("no onboarding " + id + " on this member: "
                + "onboardings live in the memory of the member that started them (they hold the credentials to "
                + "try) for an hour"));
    }

    /**
     * Cancels a job that has not been applied: see {@link OnboardingJob#cancel}.
     *
     * @throws ProblemException 404 for a job this member does not know, 409 as {@link OnboardingJob#cancel}
     */
    public OnboardingJob cancel(String id) {
        OnboardingJob job = find(id);
        job.cancel(clock.instant());
        jobs.put(job.id(), job, clock.instant().plus(KEPT_FOR));
        return job;
    }

    /**
     * Stores the chosen devices, all or none.
     *
     * @param addresses the devices chosen, by address
     * @throws ProblemException 404/409/400 as {@link OnboardingJob#beginApply}, 403 when a chosen device needs a
     *                          credential and the caller may not store credentials; nothing is stored then
     */
    public OnboardingJob apply(String id, List<String> addresses, boolean mayManageCredentials) {
        OnboardingJob job = find(id);
        List<OnboardingJob.Chosen> chosen = job.beginApply(addresses);
        try {
            List<String> needCredentials = chosen.stream().filter(c -> !c.credential().isNone())
                    .map(c -> c.device().address()).toList();
            if (!mayManageCredentials && !needCredentials.isEmpty()) {
                throw ProblemException.forbidden("Only admins may store camera credentials: "
                        + String.join(", ", needCredentials) + " worked only with a credential of the list; "
                        + "choose devices that need none, or ask an admin to apply");
            }
            job.applied(applying.apply(chosen, mayManageCredentials));
        } catch (RuntimeException refused) {
            job.applyRefused();
            throw refused;
        }
        jobs.put(job.id(), job, clock.instant().plus(KEPT_FOR));
        return job;
    }

    private void run(OnboardingJob job, List<Cidr> ranges) {
        try {
            List<ScannedHost> hosts = scans.scanAndIdentify(ranges, settings.ports().defaults(), job.scan());
            if (!job.discovering()) {
                return;
            }
            Set<String> own = NetworkInfo.read().ownAddresses();
            List<ScannedHost> devices = hosts.stream()
                    .filter(h -> !h.openPorts().isEmpty() && !own.contains(h.address())).toList();
            Map<String, DiscoveredDevice> onvifDevices = discoverOnvif(devices);
            if (!job.detecting(devices.stream().map(h -> DeviceFound.of(h, onvifDevices.get(h.address()))).toList())) {
                return;
            }
            new Fanout(executor, batch.concurrency()).map(job.found(), device -> {
                if (!job.cancelled()) {
                    job.detected(detect(device, job.credentials()));
                }
                return device;
            });
            job.ready(clock.instant());
            jobs.put(job.id(), job, clock.instant().plus(KEPT_FOR));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "onboarding " + job.id() + " failed", e);
            job.fail("the onboarding failed: " + e.getClass().getSimpleName() + " " + e.getMessage(),
                    clock.instant());
        } finally {
            running.decrementAndGet();
        }
    }

    /**
     * WS-Discovery by unicast to every host that answered the scan, without credentials (no password is spent on
     * it): the hosts are known already, and a multicast would have to choose interfaces and would reach devices
     * outside the networks asked for.
     */
    private Map<String, DiscoveredDevice> discoverOnvif(List<ScannedHost> hosts) {
        if (hosts.isEmpty()) {
            return Map.of();
        }
        return onvif.discover(new OnvifDiscoveryRequest(List.of(), hosts.stream().map(ScannedHost::address).toList(),
                ONVIF_WINDOW, null, null)).stream().collect(Collectors.toMap(DiscoveredDevice::address,
                Function.identity(), (first, second) -> first));
    }

    /** One device: its credentials tried in order; a failure is the device's, not the job's. */
    private OnboardingJob.DeviceOutcome detect(DeviceFound device, List<CredentialToTry> credentials) {
        try {
            CredentialTrial.Result result = new CredentialTrial(detection.lockoutLimit(), (credential, limit) ->
                    detection.detectGuessingAtMost(new AutoDetectRequest(device.address(), device.onvifPort(),
                            credential.username(), credential.password(), null, false, null, null), limit))
                    .tryInOrder(credentials);
            return new OnboardingJob.DeviceOutcome(device, result, DeviceProposals.propose(device, result,
                    registrations.near(device, result.report())), null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "onboarding: the detection of " + device.address() + " failed", e);
            return new OnboardingJob.DeviceOutcome(device, null, DeviceProposals.propose(device, null, null), null);
        }
    }
}
