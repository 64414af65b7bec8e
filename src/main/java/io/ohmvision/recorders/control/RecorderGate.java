package io.ohmvision.recorders.control;

import io.ohmvision.cameras.control.CameraChanged;
import io.ohmvision.cameras.control.CameraSummary;
import io.ohmvision.channels.CameraCheck;
import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ChannelRegistry;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.nvr.RecorderProbe;
import io.ohmvision.health.control.HealthSettings;
import io.ohmvision.health.control.RecheckRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Stands between a recorder's channels and the recorder. A channel is checked on its own while its recorder is up;
 * when a channel cannot even connect, the recorder itself is checked once (one thread does it, the others wait for
 * its answer), and if it is down every channel is answered "recorder down" without touching the network until the
 * recorder's own backoff allows one more look. Going down or coming back, the recorder has all its channels checked
 * at once, so N channels change state after one check, not N, and are never N connections hammering a dead device.
 * The state is per node: in a cluster each node looks after the recorders of the channels it checks. Registered for
 * NVR cameras (what a recorder's channels are stored as) with an RTSP URL; an NVR camera on no recorder is only its
 * own stream.
 */
@ApplicationScoped
public class RecorderGate implements CameraCheck {

    @Inject
    RecorderRegistry registry;

    @Inject
    HealthSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<RecheckRequested> rechecks;

    private final ChannelProbe recorderProbe = ChannelRegistry.standard().probeOf(ConnectionType.NVR).orElseThrow();
    private final Map<Long, RecorderWatch> watches = new ConcurrentHashMap<>();
    /** Which recorder each camera is a channel of (empty: none), so most checks cost no query here. */
    private final Map<Long, Optional<Long>> recorderOfCamera = new ConcurrentHashMap<>();

    @Override
    public ConnectionType type() {
        return ConnectionType.NVR;
    }

    @Override
    public ProbeResult check(long cameraId, ProbeTarget target, Supplier<ProbeResult> urlProbe) {
        Optional<Long> recorder = recorderOfCamera.computeIfAbsent(cameraId, registry::recorderOf);
        if (recorder.isEmpty()) {
            return urlProbe.get();
        }
        long recorderId = recorder.get();
        RecorderWatch watch = watches.computeIfAbsent(recorderId, id -> new RecorderWatch());
        synchronized (watch) {
            if (watch.isDown() && (!watch.dueForRecheck(clock.instant()) || lookAgain(recorderId, watch, target))) {
                return watch.spare();
            }
        }
        Instant started = clock.instant();
        ProbeResult own = urlProbe.get();
        if (!RecorderProbe.mayBeRecorderDown(own.outcome())) {
            return own;
        }
        synchronized (watch) {
            // another channel may have looked at the recorder while this one waited for its own answer
            if (!watch.checkedSince(started)) {
                lookAgain(recorderId, watch, target);
            }
            return watch.isDown() ? watch.spare() : own;
        }
    }

    /** One check of the recorder itself; its channels are rechecked when it went down or came back. */
    private boolean lookAgain(long recorderId, RecorderWatch watch, ProbeTarget channel) {
        Optional<ProbeTarget> root = registry.rootTarget(recorderId, channel.timeout());
        if (root.isEmpty()) {
            return false; // removed meanwhile
        }
        boolean changed = watch.record(recorderProbe.probe(root.get()), clock.instant(),
                settings.reconnectPolicy(), ThreadLocalRandom.current()::nextDouble);
        if (changed) {
            rechecks.fire(new RecheckRequested(registry.channelsOf(recorderId).stream().map(CameraSummary::id)
                    .toList()));
        }
        return watch.isDown();
    }

    /** Channels are made and removed with their recorder, which announces them as camera changes. */
    void cameraChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CameraChanged change) {
        recorderOfCamera.remove(change.cameraId());
    }

    /** What this node knows of a recorder; unknown until one of its channels needed a look at it. */
    public RecorderWatch.View state(long recorderId) {
        RecorderWatch watch = watches.get(recorderId);
        if (watch == null) {
            return new RecorderWatch().view();
        }
        synchronized (watch) {
            return watch.view();
        }
    }
}
