package io.ohmvision.channels.video;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs FFmpeg work on a thread of its own so the caller waits no longer than its deadline.
 * <p>
 * JavaCV's grabber offers no interrupt callback, and closing it from another thread while a native read is
 * running would free memory under that read (its methods are synchronized, so close() would merely wait). So the
 * work is bounded by FFmpeg's own socket timeouts ({@link FfmpegOptions}), and a caller whose deadline passes first
 * walks away: the abandoned worker finishes and closes its grabber by itself moments later.
 */
final class DeadlineGuard {

    private DeadlineGuard() {
    }

    /** @return the work's answer, or empty when it did not come within {@code wait} */
    static <T> Optional<T> callWithin(Duration wait, Supplier<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                answer.complete(work.get());
            } catch (RuntimeException | Error failure) {
                answer.completeExceptionally(failure);
            }
        }, "ohmvision-video-probe");
        worker.setDaemon(true); // an abandoned worker must never keep the JVM alive
        worker.start();
        try {
            return Optional.of(answer.get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS));
        } catch (TimeoutException late) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException failed) {
            throw new IllegalStateException("video probe worker failed", failed.getCause());
        }
    }
}
