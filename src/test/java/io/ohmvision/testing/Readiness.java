package io.ohmvision.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;

/** Waiting for a test peer to be ready to serve; a peer that is not ready in time is stopped, not left behind. */
public final class Readiness {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private Readiness() {
    }

    public static void await(AutoCloseable peer, Callable<Boolean> ready) {
        try {
            Awaitility.await().atMost(LIMIT).pollInterval(Duration.ofMillis(200)).until(ready);
        } catch (RuntimeException notReady) {
            try {
                peer.close();
            } catch (Exception stopping) {
                notReady.addSuppressed(stopping);
            }
            throw notReady;
        }
    }
}
