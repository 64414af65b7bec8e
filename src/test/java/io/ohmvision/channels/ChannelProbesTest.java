package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.hls.HlsProbe;
import io.ohmvision.channels.http.HttpProbe;
import io.ohmvision.channels.http.HttpsProbe;
import io.ohmvision.channels.rtsp.RtspProbe;
import io.ohmvision.channels.webrtc.WhepProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelProbesTest {

    @Test
    void findsTheRegisteredRtspProbe() {
        assertThat(ChannelProbes.registered().forType(ConnectionType.RTSP)).containsInstanceOf(RtspProbe.class);
    }

    @Test
    void findsTheRegisteredHttpHttpsHlsAndWhepProbes() {
        ChannelProbes registered = ChannelProbes.registered();

        assertThat(registered.forType(ConnectionType.HTTP)).get().isExactlyInstanceOf(HttpProbe.class);
        assertThat(registered.forType(ConnectionType.HTTPS)).containsInstanceOf(HttpsProbe.class);
        assertThat(registered.forType(ConnectionType.HLS)).containsInstanceOf(HlsProbe.class);
        assertThat(registered.forType(ConnectionType.WEBRTC)).containsInstanceOf(WhepProbe.class);
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
