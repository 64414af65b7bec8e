package io.ohmvision.discovery.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Threads for the probes and ONVIF questions of auto-detection and discovery. They block on the network while request
 * threads (or batch workers) wait for them, so they come from a pool of their own, made by the container's thread
 * factory: a detection never waits for a slot its own caller holds. How many run at once is bounded by each caller
 * (candidate concurrency, batch concurrency), not here.
 */
@ApplicationScoped
public class DiscoveryThreads {

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService pool;

    @PostConstruct
    void start() {
        pool = Executors.newCachedThreadPool(threads);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    public Executor executor() {
        return pool;
    }
}
