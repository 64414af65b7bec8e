package io.ohmvision.admin;

import io.ohmvision.cameras.control.CameraChanged;
import io.ohmvision.cameras.control.CameraVideo;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The console's thumbnails: a camera's snapshot, decoded at most once per time-to-live (see SnapshotCache). */
@ApplicationScoped
public class CameraThumbnails {

    @Inject
    CameraVideo video;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ohmvision.console.thumbnails.cache-size", defaultValue = "200")
    int cacheSize;

    @Inject
    @ConfigProperty(name = "ohmvision.console.thumbnails.time-to-live", defaultValue = "PT60S")
    Duration timeToLive;

    private SnapshotCache cache;

    @PostConstruct
    void init() {
        cache = new SnapshotCache(cacheSize, timeToLive, clock);
    }

    /**
     * @return the JPEG, empty when the camera gave no picture
     * @throws io.ohmvision.platform.ProblemException when the camera is unknown or has no URL to take a picture from
     */
    public Optional<byte[]> of(long cameraId) {
        return cache.get(cameraId, () -> video.snapshot(cameraId).snapshot());
    }

    public Duration timeToLive() {
        return timeToLive;
    }

    void cameraChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CameraChanged change) {
        cache.forget(change.cameraId());
    }
}
