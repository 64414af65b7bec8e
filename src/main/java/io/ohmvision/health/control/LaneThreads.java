package io.ohmvision.health.control;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads of one check lane, all started with the lane and kept: when thousands of cameras come back at once, or
 * go dark at once, the node starts no thread, so its thread count is the same whether every camera is up or none is
 * (threads made on demand took a node from 360 to 1,600 threads in a soak where 500 cameras came back together; a
 * fixed pool that starts its threads lazily still grows by the lane's size on the first mass recovery).
 */
final class LaneThreads {

    private LaneThreads() {
    }

    /** @param capacity the lane's bulkhead: checks running at once, each on a thread of its own */
    static ExecutorService start(int capacity, ThreadFactory factory) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(capacity, capacity, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.prestartAllCoreThreads();
        return pool;
    }
}
