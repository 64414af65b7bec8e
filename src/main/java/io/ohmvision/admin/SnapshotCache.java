package io.ohmvision.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Decoded snapshots per camera for a short time. A thumbnail costs a stream decode (about a second): paging back
 * and forth through the camera table, or two consoles open on the same page, should cost the camera one decode,
 * not one per view. Requests for a camera whose decode is under way wait for it instead of starting another.
 * "No picture" is kept too, so a dark camera is not asked again on every view; a failure (unknown camera, no URL)
 * is not kept.
 *
 * <p>Holds at most {@code capacity} pictures, the oldest going first; more only while more decodes than that are
 * under way at once.
 */
public final class SnapshotCache {

    private final int capacity;
    private final Duration timeToLive;
    private final Clock clock;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    /** A picture being decoded or decoded, and when its decode began. */
    private record Entry(CompletableFuture<Optional<byte[]>> picture, Instant takenAt) {
    }

    public SnapshotCache(int capacity, Duration timeToLive, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** The camera's picture: a fresh one from the cache, else the one {@code decode} gives (once for all callers). */
    public Optional<byte[]> get(long cameraId, Supplier<Optional<byte[]>> decode) {
        Instant now = clock.instant();
        Entry mine = new Entry(new CompletableFuture<>(), now);
        Entry current = entries.compute(cameraId, (id, old) -> old != null && fresh(old, now) ? old : mine);
        if (current == mine) {
            evict(now);
            try {
                mine.picture().complete(decode.get());
            } catch (RuntimeException e) {
                entries.remove(cameraId, mine);
                mine.picture().completeExceptionally(e);
            }
        }
        try {
            return current.picture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The camera changed (another URL, other credentials): its next picture is decoded again. */
    public void forget(long cameraId) {
        entries.remove(cameraId);
    }

    /** How many pictures are held, finished or under way. */
    public int size() {
        return entries.size();
    }

    private boolean fresh(Entry entry, Instant now) {
        return !entry.picture().isDone() || now.isBefore(entry.takenAt().plus(timeToLive));
    }

    /** Expired pictures go, then the oldest finished ones while there are more than the capacity. */
    private synchronized void evict(Instant now) {
        entries.entrySet().removeIf(e -> !fresh(e.getValue(), now));
        while (entries.size() > capacity) {
            Optional<Map.Entry<Long, Entry>> oldest = entries.entrySet().stream()
                    .filter(e -> e.getValue().picture().isDone())
                    .min(Comparator.comparing(e -> e.getValue().takenAt()));
            if (oldest.isEmpty()) {
                return; // all under way: they are bounded by the requests the server serves at once
            }
            entries.remove(oldest.get().getKey(), oldest.get().getValue());
        }
    }
}
