package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LaneThreadsTest {

    private final AtomicInteger made = new AtomicInteger();
    private final ThreadFactory counting = task -> {
        made.incrementAndGet();
        Thread thread = new Thread(task, "lane-test");
        thread.setDaemon(true);
        return thread;
    };

    @Test
    void everyThreadOfTheLaneExistsBeforeTheFirstCheckAndALoadStartsNoMore() throws Exception {
        ExecutorService lane = LaneThreads.start(3, counting);
        try {
            assertThat(made).as("threads started with the lane").hasValue(3);

            CountDownLatch ran = new CountDownLatch(50);
            for (int i = 0; i < 50; i++) {
                lane.execute(ran::countDown);
            }

            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(made).as("threads after 50 checks at once").hasValue(3);
        } finally {
            lane.shutdownNow();
        }
    }
}
