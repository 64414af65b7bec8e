package io.ohmvision.health.control;

import io.ohmvision.channels.StreamUrl;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} health-check sessions to one host at once, across the checks of all its cameras: a recorder
 * or restreamer serving hundreds of cameras, or a camera with a session limit, is never flooded (in a soak, the
 * GStreamer server serving 500 cameras aborted under the pile-up when they all came back together). It never waits:
 * a check whose host is full is deferred (to the next tick) and counted by the caller, and its worker takes another
 * camera's check, so nothing queues behind a busy host. A check holds one session at a time (its light probe, then its deep
 * probe), so one permit covers it. Thread-safe.
 */
final class SessionsPerHost {

    /** A session to a host, released by {@link #close()} (once). */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final Permit UNLIMITED = () -> { };

    private final int limit;
    private final Map<String, Integer> open = new HashMap<>();

    /** @param limit sessions per host at once, at least 1 */
    SessionsPerHost(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("ohmvision.health.sessions-per-host must be at least 1, not " + limit);
        }
        this.limit = limit;
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

    private Permit release(String host) {
        return new Permit() {
            private boolean closed;

            @Override
            public void close() {
                synchronized (open) {
                    if (!closed) {
                        closed = true;
                        open.computeIfPresent(host, (h, n) -> n == 1 ? null : n - 1);
                    }
                }
            }
        };
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
