package io.ohmvision.discovery.control;

import java.time.Duration;

/**
 * How hard the connect scanner pushes.
 *
 * @param concurrency    connects in flight at once; each holds a socket (file descriptor) until it ends
 * @param connectTimeout how long a silent address or port is waited for; a camera on the local network answers a
 *                       SYN in a few milliseconds, while a dead address never does (ARP would give up after ~3 s)
 */
public record ScanSettings(int concurrency, Duration connectTimeout) {

    public static final ScanSettings DEFAULT = new ScanSettings(512, Duration.ofMillis(400));

    public ScanSettings {
        if (concurrency < 1 || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("concurrency and connect timeout must be positive");
        }
    }
}
