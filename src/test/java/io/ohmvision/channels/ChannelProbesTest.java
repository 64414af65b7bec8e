package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.rtsp.RtspProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelProbesTest {

    @Test
    void findsTheRegisteredRtspProbe() {
        assertThat(ChannelProbes.registered().forType(ConnectionType.RTSP)).containsInstanceOf(RtspProbe.class);
    }

    @Test
    void hasNoProbeForATypeNobodyRegistered() {
        assertThat(new ChannelProbes(List.of(new RtspProbe())).forType(ConnectionType.USB)).isEmpty();
    }

    @Test
    void refusesTwoProbesForOneType() {
        assertThatThrownBy(() -> new ChannelProbes(List.of(new RtspProbe(), new RtspProbe())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rtsp");
    }
}
