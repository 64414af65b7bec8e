package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.Outcome;
import io.ohmvision.health.entity.HealthCause;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.ReconnectMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class HealthRosterTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(60);

    private static List<HealthRoster.Entry> cameras(long count) {
        return LongStream.rangeClosed(1, count).mapToObj(id -> new HealthRoster.Entry(id, "rtsp://127.0.0.1/" + id,
                null)).toList();
    }

    @Test
    void checksSpreadOverTheIntervalAndEveryCameraComesOncePerInterval() {
        HealthRoster roster = new HealthRoster(INTERVAL, 0);
        roster.replace(cameras(600), Map.of(), T0);
        int[] perSecond = new int[60];
        Set<Long> seen = new HashSet<>();
        for (int second = 1; second <= 60; second++) {
            Instant now = T0.plusSeconds(second);
            List<HealthRoster.Due> due = roster.takeDue(now, Integer.MAX_VALUE, CheckLane.WATCH);
            perSecond[second - 1] = due.size();
            due.forEach(d -> {
                assertThat(seen.add(d.entry().cameraId())).isTrue();
                roster.finished(d.entry().cameraId(), HealthSnapshot.unknown(), now);
            });
        }
        assertThat(seen).hasSize(600);
        // 10 per second on average; no burst at the start of the interval
        assertThat(java.util.Arrays.stream(perSecond).max().orElseThrow()).isLessThan(30);
        assertThat(roster.takeDue(T0.plusSeconds(60), Integer.MAX_VALUE, CheckLane.WATCH)).isEmpty();
    }

    @Test
    void aRunningCheckIsNotStartedTwiceAndTheBulkheadLimitsHowManyStart() {
        HealthRoster roster = new HealthRoster(INTERVAL, 0);
        roster.replace(cameras(50), Map.of(), T0);
        Instant later = T0.plusSeconds(61);
        assertThat(roster.takeDue(later, 10, CheckLane.WATCH)).hasSize(10);
        assertThat(roster.takeDue(later, 100, CheckLane.WATCH)).hasSize(40);
        assertThat(roster.takeDue(later, 100, CheckLane.WATCH)).isEmpty();
    }

    @Test
    void reconnectionStateAndWaitingForCredentialsSurviveAReload() {
        HealthRoster roster = new HealthRoster(INTERVAL, 0);
        HealthSnapshot backoff = new HealthSnapshot(HealthLevel.OFFLINE, HealthCause.REFUSED, "x", T0, T0, 3,
                ReconnectMode.BACKOFF, T0.plusSeconds(5), T0, null, Outcome.REFUSED);
        HealthSnapshot locked = new HealthSnapshot(HealthLevel.OFFLINE, HealthCause.AUTH_FAILED, "x", T0, T0, 1,
                ReconnectMode.WAITING_FOR_CREDENTIALS, null, T0, null, Outcome.AUTH_FAILED);
        roster.replace(cameras(2), Map.of(1L, backoff, 2L, locked), T0);
        List<Long> due = new ArrayList<>();
        assertThat(roster.takeDue(T0.plusSeconds(5), 10, CheckLane.WATCH)).as("offline: not in the watch lane")
                .isEmpty();
        roster.takeDue(T0.plusSeconds(5), 10, CheckLane.RECOVERY).forEach(d -> due.add(d.entry().cameraId()));
        assertThat(due).containsExactly(1L);
        assertThat(roster.takeDue(T0.plusSeconds(3600), 10, CheckLane.RECOVERY)).isEmpty();
        assertThat(roster.takeDue(T0.plusSeconds(3600), 10, CheckLane.WATCH)).isEmpty();
        // new credentials: asked for, so in the watch lane whatever the camera's state
        roster.dueNow(2L, T0.plusSeconds(3600));
        assertThat(roster.takeDue(T0.plusSeconds(3600), 10, CheckLane.WATCH)).extracting(d -> d.entry().cameraId()).containsExactly(2L);
    }

    @Test
    void aCameraWaitingForAChangeIsNotCheckedAgainUntilAskedFor() {
        HealthRoster roster = new HealthRoster(INTERVAL, 0);
        roster.replace(cameras(1), Map.of(), T0);
        roster.takeDue(T0.plusSeconds(60), 10, CheckLane.WATCH);
        HealthSnapshot waiting = new HealthSnapshot(HealthLevel.OFFLINE, HealthCause.UNSUPPORTED, "x", T0, T0, 1,
                ReconnectMode.WAITING_FOR_CHANGE, null, T0, null, Outcome.UNSUPPORTED);
        roster.finished(1L, waiting, T0.plusSeconds(60));
        assertThat(roster.takeDue(T0.plusSeconds(86_400), 10, CheckLane.RECOVERY)).isEmpty();
        roster.replace(cameras(1), Map.of(1L, waiting), T0.plusSeconds(120));
        assertThat(roster.takeDue(T0.plusSeconds(86_400), 10, CheckLane.RECOVERY)).as("after a reload").isEmpty();
        roster.dueNow(1L, T0.plusSeconds(86_400));
        assertThat(roster.takeDue(T0.plusSeconds(86_400), 10, CheckLane.WATCH)).extracting(d -> d.entry().cameraId())
                .containsExactly(1L);
    }

    @Test
    void aCameraWaitingForCredentialsIsScheduledAgainOnceItsStoredStateNoLongerWaits() {
        HealthRoster roster = new HealthRoster(INTERVAL, 0);
        HealthSnapshot locked = new HealthSnapshot(HealthLevel.OFFLINE, HealthCause.AUTH_FAILED, "x", T0, T0, 1,
                ReconnectMode.WAITING_FOR_CREDENTIALS, null, T0, null, Outcome.AUTH_FAILED);
        roster.replace(cameras(1), Map.of(1L, locked), T0);
        roster.replace(cameras(1), Map.of(1L, locked), T0.plusSeconds(60));
        assertThat(roster.takeDue(T0.plusSeconds(3600), 10, CheckLane.RECOVERY)).isEmpty();
        // another member forced a reconnect: the stored state is due now
        HealthSnapshot forced = new HealthSnapshot(HealthLevel.OFFLINE, HealthCause.AUTH_FAILED, "x", T0, T0, 0,
                ReconnectMode.NONE, T0.plusSeconds(3600), T0, null, Outcome.AUTH_FAILED);
        roster.replace(cameras(1), Map.of(1L, forced), T0.plusSeconds(3600));
        assertThat(roster.takeDue(T0.plusSeconds(3600), 10, CheckLane.RECOVERY)).extracting(d -> d.entry().cameraId())
                .containsExactly(1L);
    }

    @Test
    void everyNthCheckIsDeepAndAFrozenPictureKeepsEveryCheckDeepUntilItClears() {
        HealthRoster roster = new HealthRoster(INTERVAL, 3);
        roster.replace(cameras(1), Map.of(), T0);
        List<Boolean> deep = new ArrayList<>();
        Instant now = T0;
        for (int i = 0; i < 6; i++) {
            now = roster.nextSlot(1, now);
            HealthRoster.Due due = roster.takeDue(now, 1, CheckLane.WATCH).get(0);
            deep.add(due.deep());
            roster.finished(1, HealthSnapshot.unknown(), now);
        }
        assertThat(deep).containsExactly(false, false, true, false, false, true);

        HealthSnapshot frozen = new HealthSnapshot(HealthLevel.EXCELLENT, HealthCause.FROZEN_PICTURE, "x", T0, now,
                1, ReconnectMode.BACKOFF, now.plusSeconds(1), now, null, Outcome.OK);
        roster.finished(1, frozen, now);
        assertThat(roster.takeDue(now.plusSeconds(1), 1, CheckLane.WATCH).get(0).deep()).isTrue();
    }

    @Test
    void aStoreFailureRetriesSoonWithoutLosingTheCamera() {
        HealthRoster roster = new HealthRoster(INTERVAL, 0);
        roster.replace(cameras(1), Map.of(), T0);
        Instant due = roster.nextSlot(1, T0);
        assertThat(roster.takeDue(due, 1, CheckLane.WATCH)).hasSize(1);
        roster.failed(1, due, Duration.ofSeconds(5));
        assertThat(roster.takeDue(due.plusSeconds(4), 1, CheckLane.WATCH)).isEmpty();
        assertThat(roster.takeDue(due.plusSeconds(5), 1, CheckLane.WATCH)).hasSize(1);
    }

    @Test
    void theOldestDueComesFirstAndACameraMovedByCheckNowIsStartedOnce() {
        HealthRoster roster = new HealthRoster(INTERVAL, 0);
        roster.replace(cameras(20), Map.of(), T0);
        Instant end = T0.plus(INTERVAL);
        List<Instant> slots = new ArrayList<>();
        for (HealthRoster.Due due : roster.takeDue(end, 5, CheckLane.WATCH)) {
            slots.add(end.minus(due.lag()));
        }
        assertThat(slots).isSorted().hasSize(5);

        long later = LongStream.rangeClosed(1, 20).boxed().max(java.util.Comparator.comparing(id ->
                roster.nextSlot(id, T0))).orElseThrow();
        Instant now = T0.plusMillis(1);
        roster.dueNow(later, now);
        List<HealthRoster.Due> first = roster.takeDue(now, 10, CheckLane.WATCH);
        assertThat(first).extracting(d -> d.entry().cameraId()).containsExactly(later);
        List<Long> rest = new ArrayList<>();
        roster.takeDue(end, 100, CheckLane.WATCH).forEach(d -> rest.add(d.entry().cameraId()));
        assertThat(rest).as("its regular slot came while it ran").hasSize(14).doesNotContain(later);
        roster.finished(later, HealthSnapshot.unknown(), end);
        assertThat(roster.takeDue(end, 100, CheckLane.WATCH)).as("its queued slot is stale once it ran").isEmpty();
    }

    @Test
    void aCameraConfirmedOfflineMovesToTheRecoveryLaneAndBackWhenItAnswers() {
        HealthRoster roster = new HealthRoster(INTERVAL, 0);
        roster.replace(cameras(2), Map.of(), T0);
        Instant end = T0.plus(INTERVAL);
        assertThat(roster.takeDue(end, 10, CheckLane.WATCH)).hasSize(2);
        HealthSnapshot failing = new HealthSnapshot(HealthLevel.EXCELLENT, HealthCause.TIMEOUT, "x", T0, end, 1,
                ReconnectMode.BACKOFF, end.plusSeconds(10), end, null, Outcome.TIMEOUT);
        HealthSnapshot offline = new HealthSnapshot(HealthLevel.OFFLINE, HealthCause.TIMEOUT, "x", end, end, 2,
                ReconnectMode.BACKOFF, end.plusSeconds(10), end, null, Outcome.TIMEOUT);
        roster.finished(1, failing, end);
        roster.finished(2, offline, end);
        Instant later = end.plusSeconds(10);
        assertThat(roster.takeDue(later, 10, CheckLane.WATCH)).as("a first failure is confirmed in the watch lane")
                .extracting(d -> d.entry().cameraId()).containsExactly(1L);
        assertThat(roster.takeDue(later, 10, CheckLane.RECOVERY)).extracting(d -> d.entry().cameraId())
                .containsExactly(2L);
        roster.finished(2, HealthSnapshot.unknown(), later);
        assertThat(roster.takeDue(later.plus(INTERVAL), 10, CheckLane.WATCH)).extracting(d -> d.entry().cameraId())
                .contains(2L);
    }
}
