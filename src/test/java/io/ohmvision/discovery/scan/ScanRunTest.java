package io.ohmvision.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ScanRunTest {

    @Test
    void percentRoundsDownSoOnlyAFinishedScanShowsAHundred() {
        assertThat(new ScanProgress(0, 2540, 0, 254, 0, 0).percent()).isZero();
        assertThat(new ScanProgress(1270, 2540, 127, 254, 3, 5).percent()).isEqualTo(50);
        assertThat(new ScanProgress(2539, 2540, 253, 254, 6, 12).percent()).isEqualTo(99);
        assertThat(new ScanProgress(2540, 2540, 254, 254, 6, 12).percent()).isEqualTo(100);
        assertThat(ScanProgress.NOT_STARTED.percent()).isZero();
    }

    @Test
    void theListenerHearsAtTheStartAndThenAtMostOncePerInterval() {
        AtomicLong nanos = new AtomicLong();
        List<ScanProgress> heard = new ArrayList<>();
        ScanRun run = new ScanRun(heard::add, Duration.ofSeconds(1), nanos::get);
        run.started(254, 10);

        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        run.tick();
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        run.tick();
        run.tick();

        assertThat(heard).containsExactly(new ScanProgress(0, 2540, 0, 254, 0, 0),
                new ScanProgress(0, 2540, 0, 254, 0, 0));
    }

    @Test
    void cancelIsSeenByTheScanningThread() {
        ScanRun run = ScanRun.unobserved();

        run.cancel();

        assertThat(run.isCancelled()).isTrue();
    }
}
