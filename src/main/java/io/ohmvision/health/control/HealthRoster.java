package io.ohmvision.health.control;

import io.ohmvision.cameras.control.CameraAccess;
import io.ohmvision.cameras.control.WatchedCamera;
import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.health.entity.HealthCause;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.ReconnectMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The cameras this instance watches and when each is due. A healthy camera is checked once per interval at its own
 * slot (a fixed offset derived from its id), so checks spread evenly over the interval instead of bursting at its
 * start; a failing camera follows its reconnection schedule; one waiting for credentials or a change is not checked
 * at all.
 * Each camera is in one of two lanes ({@link CheckLane}): confirmed offline or not. Due times are kept in a priority
 * queue per lane, so taking the next due check costs log N and not a scan of every
 * camera: workers take one each time they finish a check. Not thread-safe: the scheduler calls it under its own lock.
 */
public final class HealthRoster {

    /**
     * What a check needs to reach a camera: the URL it checks and the camera's access (the password stays sealed
     * until the moment of connecting).
     */
    public record Entry(long cameraId, String url, CameraAccess access) {

        static Entry of(WatchedCamera camera) {
            return new Entry(camera.id(), camera.url(), camera.access());
        }
    }

    /**
     * A check taken from the roster, with how late it starts.
     *
     * @param deep also decode the stream (frozen picture): every Nth check, and every check while a frozen picture
     *             is being confirmed or waited out
     */
    public record Due(Entry entry, Duration lag, boolean deep) {
    }

    private static final class Slot {
        Entry entry;
        Instant nextDue;
        boolean running;
        long checks;
        boolean frozen;
        boolean offline;
        boolean askedFor;

        CheckLane lane() {
            return offline && !askedFor ? CheckLane.RECOVERY : CheckLane.WATCH;
        }
    }

    /**
     * A due time as it was set. A slot's due time and lane change after it was queued (a check ran, check-now), so an
     * entry whose time or lane is no longer its slot's is stale and skipped when it comes up.
     */
    private record Queued(Instant due, Slot slot) {
    }

    private final Duration interval;
    private final int deepEvery;
    private final Map<Long, Slot> slots = new HashMap<>();
    private final Map<CheckLane, PriorityQueue<Queued>> queues = new EnumMap<>(CheckLane.class);

    /** @param deepEvery every how many checks of a camera one is deep; 0 for never */
    public HealthRoster(Duration interval, int deepEvery) {
        this.interval = interval;
        this.deepEvery = deepEvery;
        for (CheckLane lane : CheckLane.values()) {
            queues.put(lane, new PriorityQueue<>(Comparator.comparing(Queued::due)));
        }
    }

    /**
     * Replaces the roster, keeping what is known: a camera already scheduled keeps its due time; a new one gets
     * its reconnection time if it has one, else its next slot (so a restart does not check everything at once); one
     * waiting for credentials is scheduled again from its stored state.
     */
    public void replace(Collection<Entry> entries, Map<Long, HealthSnapshot> states, Instant now) {
        Map<Long, Slot> previous = new HashMap<>(slots);
        slots.clear();
        queues.values().forEach(PriorityQueue::clear);
        for (Entry entry : entries) {
            place(entry, previous.get(entry.cameraId()), states.get(entry.cameraId()), now);
        }
    }

    /**
     * Adds one camera, or updates how to reach it (a camera changed), keeping what is known as {@link #replace}
     * does: the roster follows a change without reloading every camera.
     *
     * @param state its stored state; null when it was never checked
     */
    public void put(Entry entry, HealthSnapshot state, Instant now) {
        Slot slot = slots.get(entry.cameraId());
        if (slot == null) {
            place(entry, null, state, now);
            return;
        }
        // its queued due time, if any, stays valid: a check taken from the queue reads the entry from the slot
        slot.entry = entry;
        if (slot.nextDue == null && !slot.running) {
            schedule(slot, firstDue(entry.cameraId(), state, now));
        }
    }

    /**
     * The camera is no longer watched here (deleted, disabled, no stream, owned by another member). Its queued due
     * time is left to go stale: taking it costs less than finding it.
     */
    public void remove(long cameraId) {
        slots.remove(cameraId);
    }

    private void place(Entry entry, Slot slot, HealthSnapshot state, Instant now) {
        if (slot == null) {
            slot = new Slot();
            slot.offline = state != null && state.level() == HealthLevel.OFFLINE;
            slot.nextDue = firstDue(entry.cameraId(), state, now);
        } else if (slot.nextDue == null && !slot.running) {
            // waiting for credentials: they may have been set, or a reconnect forced, through another member
            slot.nextDue = firstDue(entry.cameraId(), state, now);
        }
        slot.entry = entry;
        slots.put(entry.cameraId(), slot);
        if (!slot.running) {
            schedule(slot, slot.nextDue);
        }
    }

    private void schedule(Slot slot, Instant due) {
        slot.nextDue = due;
        if (due != null) {
            queues.get(slot.lane()).add(new Queued(due, slot));
        }
    }

    private Instant firstDue(long cameraId, HealthSnapshot state, Instant now) {
        if (state == null) {
            return nextSlot(cameraId, now);
        }
        return switch (state.mode()) {
            case WAITING_FOR_CREDENTIALS, WAITING_FOR_CHANGE -> null;
            case BACKOFF, COOLDOWN -> state.nextCheckAt() == null ? now : state.nextCheckAt();
            case NONE -> state.nextCheckAt() != null ? state.nextCheckAt() : nextSlot(cameraId, now);
        };
    }

    /** Takes up to {@code max} due checks of the lane, oldest due first, and marks them running. */
    public List<Due> takeDue(Instant now, int max, CheckLane lane) {
        PriorityQueue<Queued> queue = queues.get(lane);
        List<Due> taken = new ArrayList<>();
        while (taken.size() < max && !queue.isEmpty() && !queue.peek().due().isAfter(now)) {
            Slot slot = queue.poll().slot();
            boolean stale = slot.running || slot.nextDue == null || slot.nextDue.isAfter(now)
                    || slot.lane() != lane || slots.get(slot.entry.cameraId()) != slot;
            if (stale) {
                continue;
            }
            slot.running = true;
            slot.checks++;
            boolean deep = deepEvery > 0 && (slot.frozen || slot.checks % deepEvery == 0);
            taken.add(new Due(slot.entry, Duration.between(slot.nextDue, now), deep));
        }
        return taken;
    }

    /** A check ended: schedule the camera's next one from its new state. */
    public void finished(long cameraId, HealthSnapshot after, Instant now) {
        Slot slot = slots.get(cameraId);
        if (slot != null) {
            slot.running = false;
            slot.askedFor = false;
            slot.offline = after.level() == HealthLevel.OFFLINE;
            slot.frozen = after.cause() == HealthCause.FROZEN_PICTURE && after.mode() != ReconnectMode.NONE;
            schedule(slot, after.mode().waits() ? null
                    : after.nextCheckAt() != null ? after.nextCheckAt() : nextSlot(cameraId, now));
        }
    }

    /** A check could not be recorded (database down): try again after {@code retry}, keeping the state as it was. */
    public void failed(long cameraId, Instant now, Duration retry) {
        Slot slot = slots.get(cameraId);
        if (slot != null) {
            slot.running = false;
            schedule(slot, now.plus(retry));
        }
    }

    /** Check this camera at once (check-now, forced reconnect, new credentials). */
    public void dueNow(long cameraId, Instant now) {
        Slot slot = slots.get(cameraId);
        if (slot != null) {
            slot.askedFor = true;
            schedule(slot, now);
        }
    }

    /** A deferred check may run now (its host freed a session); unlike {@link #dueNow}, it keeps its lane. */
    public void wake(long cameraId, Instant now) {
        Slot slot = slots.get(cameraId);
        if (slot != null && !slot.running) {
            schedule(slot, now);
        }
    }

    public int size() {
        return slots.size();
    }

    /** The first time after {@code after} at which the camera's slot comes round. */
    public Instant nextSlot(long cameraId, Instant after) {
        long period = interval.toMillis();
        long offset = Math.floorMod(cameraId * 0x9E3779B97F4A7C15L, period);
        long t = after.toEpochMilli();
        long lastOccurrence = t - Math.floorMod(t - offset, period);
        return Instant.ofEpochMilli(lastOccurrence + period);
    }
}
