package io.ohmvision.cloud.control;

import io.ohmvision.cameras.control.CameraChanged;
import io.ohmvision.cameras.control.CameraListing;
import io.ohmvision.cameras.control.CredentialVault;
import io.ohmvision.channels.CameraCheck;
import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ChannelRegistry;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.channels.cloud.NestCameraSession;
import io.ohmvision.channels.cloud.SdmClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A Nest camera's check through the SDM API (URL scheme nest). Each camera keeps its session (client with its
 * access token in memory, open stream) between checks, so a healthy camera costs one extension every few minutes
 * rather than a new stream and a new token per check; the session is dropped, and its stream stopped, when the
 * camera changes or the application stops.
 */
@ApplicationScoped
public class NestCheck implements CameraCheck {

    @Inject
    CameraListing cameras;

    @Inject
    CredentialVault vault;

    @Inject
    NestSettings settings;

    @Inject
    Clock clock;

    private final ChannelProbe rtsp = ChannelRegistry.standard().probeOf(ConnectionType.RTSP).orElseThrow();
    private final Map<Long, Held> sessions = new ConcurrentHashMap<>();

    /** A camera's session and the stored settings it was made from. */
    private static final class Held {
        String sealedConfig;
        String url;
        NestCameraSession session;

        void close() {
            if (session != null) {
                session.close();
                session = null;
            }
        }
    }

    @Override
    public ConnectionType type() {
        return ConnectionType.CLOUD_API;
    }

    @Override
    public ProbeResult check(long cameraId, ProbeTarget target, Supplier<ProbeResult> urlProbe) {
        Optional<CameraListing.SealedCloudConfig> cloudConfig = cameras.cloudConfigOf(cameraId);
        if (cloudConfig.isEmpty()) {
            return failure(target, Outcome.NOT_FOUND, "camera removed");
        }
        String sealedConfig = cloudConfig.get().sealed();
        Held held = sessions.computeIfAbsent(cameraId, id -> new Held());
        synchronized (held) {
            if (held.session == null || !Objects.equals(held.sealedConfig, sealedConfig)
                    || !held.url.equals(target.url())) {
                held.close();
                try {
                    held.session = new NestCameraSession(new SdmClient(settings.endpoints(),
                            NestCloudConfig.credentials(vault.open(sealedConfig)), clock,
                            duration -> Thread.sleep(duration.toMillis()), settings.timeout()),
                            NestCloudConfig.deviceName(target.streamUrl()), rtsp, clock, settings.renewBefore());
                } catch (IllegalArgumentException incomplete) {
                    return failure(target, Outcome.AUTH_FAILED, incomplete.getMessage());
                }
                held.sealedConfig = sealedConfig;
                held.url = target.url();
            }
            return held.session.check(target.maskedUrl(), target.timeout());
        }
    }

    /** Settings may have changed, or the camera is gone: its next check starts a new session. */
    void cameraChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CameraChanged change) {
        Held held = sessions.remove(change.cameraId());
        if (held != null) {
            synchronized (held) {
                held.close();
            }
        }
    }

    @PreDestroy
    void stopStreams() {
        sessions.values().forEach(held -> {
            synchronized (held) {
                held.close();
            }
        });
    }

    private static ProbeResult failure(ProbeTarget target, Outcome outcome, String reason) {
        return new ProbeResult(ConnectionType.CLOUD_API, target.maskedUrl(), outcome, 0, MediaFacts.NONE, reason,
                ServerFingerprint.NONE);
    }
}
