package io.ohmvision.health.control;

import io.ohmvision.channels.StreamUrl;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * At most {@code limit} health-check sessions to one host at once, across the checks of all its cameras: a recorder
 * or restreamer serving hundreds of cameras, or a camera with a session limit, is never flooded (in a soak, the
 * GStreamer server serving 500 cameras aborted under the pile-up when they all came back together). It never waits:
 * a check whose host is full is deferred (to the next tick) and counted by the caller, and its worker takes another
 * camera's check, so nothing queues behind a busy host. A deferred camera waits its turn: each session freed on its
 * host wakes the camera that has waited longest ({@link #waitFor}), which would otherwise lose every race to the
 * cameras whose slots come round meanwhile (in a cluster test, two of 14 cameras on one address went unchecked for
 * 20 s). A check holds one session at a time (its light probe, then its deep probe), so one permit covers it.
 * Thread-safe.
 */
final class SessionsPerHost {

    /** A session to a host, released by {@link #close()} (once). */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final Permit UNLIMITED = () -> { };

    private final int limit;
    private final LongConsumer wakeUp;
    private final Map<String, Integer> open = new HashMap<>();
    /** Per host, the cameras deferred for it, longest waiting first; a camera waits once however often deferred. */
    private final Map<String, LinkedHashSet<Long>> waiting = new HashMap<>();

    /**
     * @param limit  sessions per host at once, at least 1
     * @param wakeUp makes a deferred camera's check due now, called when a session on its host is freed
     */
    SessionsPerHost(int limit, LongConsumer wakeUp) {
        if (limit < 1) {
            throw new IllegalArgumentException("ohmvision.health.sessions-per-host must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.wakeUp = wakeUp;
    }

    /**
     * A session to the host of {@code url}, or empty when the host has {@code limit} open already. A URL
     * without a network host (a local file, a USB device, a camera that pushes) is not limited.
     */
    Optional<Permit> open(String url) {
        Optional<String> host = hostOf(url);
        if (host.isEmpty()) {
            return Optional.of(UNLIMITED);
        }
        synchronized (open) {
            int sessions = open.getOrDefault(host.get(), 0);
            if (sessions >= limit) {
                return Optional.empty();
            }
            open.put(host.get(), sessions + 1);
        }
        return Optional.of(release(host.get()));
    }

    /** The camera's check was deferred for a full host: it is woken when a session there is freed. */
    void waitFor(String url, long cameraId) {
        hostOf(url).ifPresent(host -> {
            synchronized (open) {
                waiting.computeIfAbsent(host, h -> new LinkedHashSet<>()).add(cameraId);
            }
        });
    }

    private Permit release(String host) {
        return new Permit() {
            private boolean closed;

            @Override
            public void close() {
                Long next = null;
                synchronized (open) {
                    if (!closed) {
                        closed = true;
                        open.computeIfPresent(host, (h, n) -> n == 1 ? null : n - 1);
                        next = longestWaiting(host);
                    }
                }
                if (next != null) { // outside the lock: waking takes the schedule's
                    wakeUp.accept(next);
                }
            }
        };
    }

    private Long longestWaiting(String host) {
        LinkedHashSet<Long> cameras = waiting.get(host);
        if (cameras == null) {
            return null;
        }
        Long first = cameras.iterator().next();
        cameras.remove(first);
        if (cameras.isEmpty()) {
            waiting.remove(host);
        }
        return first;
    }

    int openTo(String url) {
        synchronized (open) {
            return hostOf(url).map(host -> open.getOrDefault(host, 0)).orElse(0);
        }
    }

    private static Optional<String> hostOf(String url) {
        return StreamUrl.parse(url).map(StreamUrl::host).filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT));
    }
}
