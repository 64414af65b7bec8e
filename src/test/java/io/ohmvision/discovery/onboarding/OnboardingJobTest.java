package io.ohmvision.discovery.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.discovery.scan.ScanRun;
import io.ohmvision.platform.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnboardingJobTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final CredentialToTry WRONG = new CredentialToTry("admin", "wrong");
    private static final CredentialToTry RIGHT = new CredentialToTry("admin", "right");
    private static final DeviceFound CAMERA = device("192.0.2.10");
    private static final DeviceFound DARK = device("192.0.2.11");

    private final OnboardingJob job = new OnboardingJob("j1", "admin", List.of("192.0.2.0/24"),
            List.of(WRONG, RIGHT), ScanRun.unobserved(), NOW);

    private static DeviceFound device(String address) {
        return new DeviceFound(address, null, null, null, List.of(554), null, null);
    }

    private void detectTwoDevices() {
        job.discovering();
        job.detecting(List.of(CAMERA, DARK));
        job.detected(new OnboardingJob.DeviceOutcome(CAMERA, new CredentialTrial.Result(Reports.working("S"), 1, 1,
                false), DeviceProposals.propose(CAMERA, new CredentialTrial.Result(Reports.working("S"), 1, 1, false),
                new RegisteredDevices(List.of())), null));
    }

    @Test
    void progressRunsFromTheScanThroughDetectionToReady() {
        assertThat(job.phase()).isEqualTo(OnboardingPhase.SCANNING);
        detectTwoDevices();
        assertThat(job.percent()).as("one of two devices detected").isEqualTo(45 + 55 / 2);
        job.detected(new OnboardingJob.DeviceOutcome(DARK, null, Proposal.none("failed"), null));
        job.ready(NOW);

        assertThat(job.phase()).isEqualTo(OnboardingPhase.READY);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.outcomes()).extracting(o -> o.device().address()).containsExactly("192.0.2.10", "192.0.2.11");
    }

    @Test
    void onlyTheCredentialsThatWorkedSurviveDetectionAndApplyingDropsThemAll() {
        detectTwoDevices();
        job.detected(new OnboardingJob.DeviceOutcome(DARK, null, Proposal.none("failed"), null));
        job.ready(NOW);

        List<OnboardingJob.Chosen> chosen = job.beginApply(List.of("192.0.2.10", "192.0.2.10"));
        assertThat(chosen).singleElement().satisfies(c -> assertThat(c.credential()).isEqualTo(RIGHT));
        assertThat(job.credentials()).containsExactly(null, RIGHT);

        job.applied(Map.of("192.0.2.10", "created camera 5"));
        assertThat(job.credentials()).isEmpty();
        assertThat(job.outcomes().get(0).applied()).isEqualTo("created camera 5");
        assertThatThrownBy(() -> job.beginApply(List.of("192.0.2.10"))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("applied already");
    }

    @Test
    void aCancelledJobStopsItsScanDropsItsCredentialsAndTakesNoFurtherStep() {
        ScanRun scan = ScanRun.unobserved();
        OnboardingJob scanning = new OnboardingJob("j2", "admin", List.of("192.0.2.0/24"), List.of(WRONG, RIGHT),
                scan, NOW);

        scanning.cancel(NOW.plusSeconds(3));

        assertThat(scanning.phase()).isEqualTo(OnboardingPhase.CANCELLED);
        assertThat(scan.isCancelled()).as("the scan ends at its next round").isTrue();
        assertThat(scanning.credentials()).isEmpty();
        assertThat(scanning.finishedAt()).isEqualTo(NOW.plusSeconds(3));
        assertThat(scanning.discovering()).as("the background work stops").isFalse();
        assertThat(scanning.detecting(List.of(CAMERA))).isFalse();
        scanning.fail("interrupted", NOW.plusSeconds(4));
        scanning.ready(NOW.plusSeconds(4));
        assertThat(scanning.phase()).isEqualTo(OnboardingPhase.CANCELLED);
        assertThat(scanning.failure()).isNull();
        assertThatThrownBy(() -> scanning.cancel(NOW)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("is cancelled");
    }

    @Test
    void aJobCanBeCancelledWhileReadyButNotOnceApplyingHasBegun() {
        detectTwoDevices();
        job.ready(NOW);
        job.beginApply(List.of("192.0.2.10"));

        assertThatThrownBy(() -> job.cancel(NOW)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("is applying");
        job.applyRefused();
        job.cancel(NOW);
        assertThat(job.phase()).isEqualTo(OnboardingPhase.CANCELLED);
        assertThat(job.outcomes()).as("what was found stays visible").hasSize(1);
        assertThatThrownBy(() -> job.beginApply(List.of("192.0.2.10"))).hasMessageContaining("cancelled");
    }

    @Test
    void aRefusedApplyLeavesTheJobReadyAndUnknownOrEmptyDevicesAreRefused() {
        detectTwoDevices();
        job.detected(new OnboardingJob.DeviceOutcome(DARK, null, Proposal.none("failed"), null));
        job.ready(NOW);

        assertThatThrownBy(() -> job.beginApply(List.of("192.0.2.99"))).hasMessageContaining("not a device");
        assertThatThrownBy(() -> job.beginApply(List.of("192.0.2.11"))).hasMessageContaining("nothing to add");
        job.beginApply(List.of("192.0.2.10"));
        assertThatThrownBy(() -> job.beginApply(List.of("192.0.2.10"))).hasMessageContaining("applying");
        job.applyRefused();
        assertThat(job.phase()).isEqualTo(OnboardingPhase.READY);
    }

    @Test
    void aRunningJobCannotBeAppliedAndPhasesOnlyMoveForward() {
        assertThatThrownBy(() -> job.beginApply(List.of("192.0.2.10"))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("once it is ready");
        assertThatThrownBy(() -> job.ready(NOW)).isInstanceOf(IllegalStateException.class);
        job.fail("broken", NOW);
        assertThat(job.credentials()).isEmpty();
        assertThatThrownBy(job::discovering).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theJobNeverShowsItsCredentials() {
        assertThat(job.toString()).doesNotContain("right", "wrong").contains("2 given");
    }
}
