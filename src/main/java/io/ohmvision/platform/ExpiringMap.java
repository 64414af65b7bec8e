package io.ohmvision.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A map whose entries each expire at their own time and which holds at most {@code capacity} of them, the least
 * recently used going first: what it remembers about callers (failed sign-ins, verified credentials) can never grow
 * past the capacity, however many names or addresses they rotate through. Thread-safe.
 *
 * <p>A value computed from a slower source (the database) while an entry was being removed would bring the old state
 * back: {@link #mark} before reading the source, {@link #putUnlessRemovedSince} after.
 */
public final class ExpiringMap<K, V> {

    private record Timed<V>(V value, Instant expires) {
    }

    private final Clock clock;
    private final Map<K, Timed<V>> entries;
    private long removals;

    public ExpiringMap(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Timed<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value, unless absent or expired. */
    public synchronized Optional<V> get(K key) {
        Timed<V> timed = entries.get(key);
        if (timed == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(timed.expires())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(timed.value());
    }

    public synchronized void put(K key, V value, Instant expires) {
        entries.put(key, new Timed<>(value, expires));
    }

    /** To be given to {@link #putUnlessRemovedSince}. */
    public synchronized long mark() {
        return removals;
    }

    /** Puts, unless an entry was removed since {@code mark} was taken (the value may be stale). */
    public synchronized void putUnlessRemovedSince(long mark, K key, V value, Instant expires) {
        if (mark == removals) {
            put(key, value, expires);
        }
    }

    public synchronized void remove(K key) {
        removals++;
        entries.remove(key);
    }

    public synchronized void removeIf(BiPredicate<K, V> condition) {
        removals++;
        entries.entrySet().removeIf(e -> condition.test(e.getKey(), e.getValue().value()));
    }

    /** Entries held, expired ones included until they are looked up or pushed out. */
    public synchronized int size() {
        return entries.size();
    }
}
