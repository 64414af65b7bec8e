package io.ohmvision.health.control;

import io.ohmvision.cameras.control.CameraChanged;
import io.ohmvision.cameras.control.WatchedCamera;
import io.ohmvision.cameras.control.WatchedCameras;
import io.ohmvision.cluster.control.ClusterMembership;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.ReconnectMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * A camera was added, changed or removed (here or on another member): the roster follows with that one camera,
 * never by reloading every camera (an import of 50,000 cameras reloaded 50,000 rows on every tick), and a camera
 * that waited for new credentials (when they changed) or for any change is retried at once.
 */
@ApplicationScoped
public class CameraChanges {

    @Inject
    HealthSettings settings;

    @Inject
    CheckSchedule schedule;

    @Inject
    WatchedCameras cameras;

    @Inject
    ClusterMembership cluster;

    @Inject
    HealthRecorder recorder;

    @Inject
    ResilientHealthStore store;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CameraChanged change) {
        long id = change.cameraId();
        Optional<HealthSnapshot> state = recorder.current(id);
        if (settings.enabled()) {
            follow(id, state);
        }
        state.filter(waiting -> waiting.mode() == ReconnectMode.WAITING_FOR_CHANGE
                        || change.credentialsChanged() && waiting.mode() == ReconnectMode.WAITING_FOR_CREDENTIALS)
                .ifPresent(waiting -> {
                    store.forceReconnect(id);
                    schedule.dueNow(List.of(id));
                });
    }

    /** The roster holds the camera when this member watches it, with its stored state; else not. */
    private void follow(long id, Optional<HealthSnapshot> state) {
        cameras.one(id).filter(WatchedCamera::watched).filter(camera -> cluster.owns(id)).ifPresentOrElse(
                camera -> schedule.put(HealthRoster.Entry.of(camera), state.orElse(null)),
                () -> schedule.remove(id));
    }
}
