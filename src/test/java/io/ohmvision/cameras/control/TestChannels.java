package io.ohmvision.cameras.control;

import io.ohmvision.channels.CameraCheck;
import io.ohmvision.channels.ChannelRegistry;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import java.util.List;
import java.util.function.Supplier;

/** The registry as the server makes it, with stand-ins for the camera checks the features register as CDI beans. */
final class TestChannels {

    /** Registers for a type's own schemes, as RecorderGate, WebhookHeartbeatCheck and NestCheck do. */
    private record StandIn(ConnectionType type) implements CameraCheck {
        @Override
        public ProbeResult check(long cameraId, ProbeTarget target, Supplier<ProbeResult> urlProbe) {
            throw new UnsupportedOperationException("not checked in these tests");
        }
    }

    private TestChannels() {
    }

    static CameraChannels withFeatureChecks() {
        return CameraChannels.of(ChannelRegistry.standard().with(List.of(new StandIn(ConnectionType.NVR),
                new StandIn(ConnectionType.WEBHOOK), new StandIn(ConnectionType.CLOUD_API))));
    }
}
