package io.ohmvision.platform;

import io.ohmvision.channels.video.DecodePool;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Installs the process's {@link DecodePool} at start, on the container's managed threads and sized by configuration,
 * before health checks or requests decode anything; every decode (snapshots, deep probes, deep health checks, RTMP,
 * file and USB probes) runs there.
 */
@Startup
@Singleton
public class VideoDecoders {

    private static final Logger LOG = Logger.getLogger(VideoDecoders.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "ohmvision.video.decoders", defaultValue = "4")
    int size;

    @Inject
    @ConfigProperty(name = "ohmvision.video.decoders-for-requests", defaultValue = "2")
    int forRequests;

    @Inject
    @ConfigProperty(name = "ohmvision.video.decoder-wait", defaultValue = "PT1S")
    Duration wait;

    private DecodePool pool;

    @PostConstruct
    void install() {
        pool = new DecodePool(threads, size, forRequests, wait);
        DecodePool.install(pool);
        LOG.info(() -> size + " video decoders (" + forRequests + " for snapshots and deep probes asked for), "
                + "waiting at most " + wait.toMillis() + " ms for one");
    }

    @PreDestroy
    void shutdown() {
        pool.shutdown();
    }
}
