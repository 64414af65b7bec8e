package io.ohmvision.discovery.onboarding;

import io.ohmvision.discovery.scan.ScanProgress;
import io.ohmvision.discovery.scan.ScanRun;
import io.ohmvision.platform.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One site onboarding, in this member's memory (see {@link OnboardingJobs} for why): its phase, the scan's live
 * counters, the devices found and, per device, what detection found and what applying would store. The credentials
 * to try live here only: once detection ended only those that worked for a device are kept, and applying drops them
 * all. Thread-safe; a phase change that the state machine does not allow is a bug (IllegalStateException).
 */
public final class OnboardingJob {

    /** One device and what became of it; {@code result} null when its detection failed. */
    public record DeviceOutcome(DeviceFound device, CredentialTrial.Result result, Proposal proposal,
                                String applied) {

        DeviceOutcome withApplied(String what) {
            return new DeviceOutcome(device, result, proposal, what);
        }
    }

    /** A device chosen for applying, with the credential it worked with ({@link CredentialToTry#NONE} for none). */
    public record Chosen(DeviceFound device, CredentialTrial.Result result, Proposal proposal,
                         CredentialToTry credential) {
    }

    /** Share of the progress bar each stage fills: the scan is the long part on a real /24. */
    private static final int SCAN_SHARE = 40;
    private static final int DISCOVERY_SHARE = 5;

    private final String id;
    private final String requestedBy;
    private final List<String> cidrs;
    private final Instant startedAt;
    private final ScanRun scan;
    private final int credentialsGiven;
    private List<CredentialToTry> credentials;
    private OnboardingPhase phase = OnboardingPhase.SCANNING;
    private List<DeviceFound> found = List.of();
    private final Map<String, DeviceOutcome> outcomes = new LinkedHashMap<>();
    private Instant finishedAt;
    private String failure;

    public OnboardingJob(String id, String requestedBy, List<String> cidrs, List<CredentialToTry> credentials,
            ScanRun scan, Instant startedAt) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.cidrs = List.copyOf(cidrs);
        this.credentials = new ArrayList<>(credentials);
        this.credentialsGiven = credentials.size();
        this.scan = scan;
        this.startedAt = startedAt;
    }

    public String id() {
        return id;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public List<String> cidrs() {
        return cidrs;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public ScanRun scan() {
        return scan;
    }

    public int credentialsGiven() {
        return credentialsGiven;
    }

    public synchronized OnboardingPhase phase() {
        return phase;
    }

    public synchronized Instant finishedAt() {
        return finishedAt;
    }

    public synchronized String failure() {
        return failure;
    }

    public synchronized List<DeviceFound> found() {
        return found;
    }

    /** In the order the devices were found; a device whose detection has not ended yet is missing. */
    public synchronized List<DeviceOutcome> outcomes() {
        return found.stream().map(d -> outcomes.get(d.address())).filter(Objects::nonNull).toList();
    }

    /** The credentials to try, in the list's order; once detection ended, null in place of those that were dropped. */
    synchronized List<CredentialToTry> credentials() {
        return Collections.unmodifiableList(new ArrayList<>(credentials));
    }

    public synchronized boolean cancelled() {
        return phase == OnboardingPhase.CANCELLED;
    }

    /** @return false when the job was cancelled meanwhile: the background work stops */
    synchronized boolean discovering() {
        if (cancelled()) {
            return false;
        }
        enter(OnboardingPhase.DISCOVERING);
        return true;
    }

    /** @return false when the job was cancelled meanwhile: the background work stops */
    synchronized boolean detecting(List<DeviceFound> devices) {
        if (cancelled()) {
            return false;
        }
        enter(OnboardingPhase.DETECTING);
        found = List.copyOf(devices);
        return true;
    }

    synchronized void detected(DeviceOutcome outcome) {
        if (!cancelled()) {
            outcomes.put(outcome.device().address(), outcome);
        }
    }

    /**
     * Stops the job where it stands: the scan ends at its next round, no further device is detected (one being
     * detected ends its own attempt), and every credential to try is dropped at once.
     *
     * @throws ProblemException 409 once applying has begun, or when the job has ended already
     */
    synchronized void cancel(Instant now) {
        if (!phase.mayBecome(OnboardingPhase.CANCELLED)) {
            throw ProblemException.conflict("onboarding " + id + " is " + phase.wireName()
                    + ": only one that has not been applied, failed or been cancelled can be cancelled");
        }
        enter(OnboardingPhase.CANCELLED);
        scan.cancel();
        finishedAt = now;
        credentials = List.of();
    }

    /** Detection ended: only the credentials that worked for a device are kept, for applying. */
    synchronized void ready(Instant now) {
        if (cancelled()) {
            return;
        }
        enter(OnboardingPhase.READY);
        finishedAt = now;
        List<Integer> used = outcomes.values().stream().map(DeviceOutcome::result).filter(Objects::nonNull)
                .map(CredentialTrial.Result::credentialIndex).filter(Objects::nonNull).toList();
        for (int i = 0; i < credentials.size(); i++) {
            if (!used.contains(i)) {
                credentials.set(i, null);
            }
        }
    }

    synchronized void fail(String why, Instant now) {
        if (cancelled()) {
            return;
        }
        enter(OnboardingPhase.FAILED);
        failure = why;
        finishedAt = now;
        credentials = List.of();
    }

    /**
     * Takes the devices to apply, by address, and holds the job against a second apply meanwhile.
     *
     * @throws ProblemException 409 unless the job is ready, 400 for an address that is no device of the job or one
     *                          with nothing to store
     */
    synchronized List<Chosen> beginApply(List<String> addresses) {
        if (phase != OnboardingPhase.READY) {
            throw ProblemException.conflict("onboarding " + id + " is " + phase.wireName()
                    + (phase == OnboardingPhase.APPLIED ? ": it was applied already; start a new onboarding"
                    : ": devices can be applied once it is ready"));
        }
        List<Chosen> chosen = new ArrayList<>();
        for (String address : List.copyOf(new LinkedHashSet<>(addresses))) {
            DeviceOutcome outcome = outcomes.get(address);
            if (outcome == null) {
                throw ProblemException.badRequest("devices: " + address + " is not a device this onboarding found");
            }
            if (!outcome.proposal().storesSomething()) {
                throw ProblemException.badRequest("devices: " + address + " has nothing to add ("
                        + outcome.proposal().why() + ")");
            }
            Integer index = outcome.result().credentialIndex();
            chosen.add(new Chosen(outcome.device(), outcome.result(), outcome.proposal(),
                    index == null ? CredentialToTry.NONE : credentials.get(index)));
        }
        enter(OnboardingPhase.APPLYING);
        return chosen;
    }

    /** The apply was refused and nothing stored: the job is ready for another choice. */
    synchronized void applyRefused() {
        enter(OnboardingPhase.READY);
    }

    /** @param stored per address, what was stored */
    synchronized void applied(Map<String, String> stored) {
        enter(OnboardingPhase.APPLIED);
        stored.forEach((address, what) -> outcomes.computeIfPresent(address, (a, o) -> o.withApplied(what)));
        credentials = List.of();
    }

    /**
     * 0 to 100: the scan fills the first 40, ONVIF discovery 5 more, detection the rest by devices done; 100 once
     * ready (or ended).
     */
    public synchronized int percent() {
        return switch (phase) {
            case SCANNING -> scan.progress().percent() * SCAN_SHARE / 100;
            case DISCOVERING -> SCAN_SHARE;
            case DETECTING -> SCAN_SHARE + DISCOVERY_SHARE + (found.isEmpty() ? 0
                    : outcomes.size() * (100 - SCAN_SHARE - DISCOVERY_SHARE) / found.size());
            default -> 100;
        };
    }

    public ScanProgress scanProgress() {
        return scan.progress();
    }

    private void enter(OnboardingPhase next) {
        if (!phase.mayBecome(next)) {
            throw new IllegalStateException("onboarding " + id + " cannot go from " + phase.wireName() + " to "
                    + next.wireName());
        }
        phase = next;
    }

    /** Never shows the credentials. */
    @Override
    public synchronized String toString() {
        return "OnboardingJob[id=" + id + ", phase=" + phase.wireName() + ", cidrs=" + cidrs + ", credentials="
                + credentialsGiven + " given]";
    }
}
