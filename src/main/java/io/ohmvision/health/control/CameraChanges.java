package io.ohmvision.health.control;

import io.ohmvision.cameras.control.CameraChanged;
import io.ohmvision.health.entity.ReconnectMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A camera was added, changed or removed: the roster follows, and a camera that waited for new credentials (when
 * they changed) or for any change is retried at once.
 */
@ApplicationScoped
public class CameraChanges {

    @Inject
    CheckSchedule schedule;

    @Inject
    HealthRecorder recorder;

    @Inject
    ResilientHealthStore store;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CameraChanged change) {
        schedule.requestReload();
        recorder.current(change.cameraId())
                .filter(state -> state.mode() == ReconnectMode.WAITING_FOR_CHANGE
                        || change.credentialsChanged() && state.mode() == ReconnectMode.WAITING_FOR_CREDENTIALS)
                .ifPresent(waiting -> {
                    store.forceReconnect(change.cameraId());
                    schedule.dueNow(List.of(change.cameraId()));
                });
    }
}
