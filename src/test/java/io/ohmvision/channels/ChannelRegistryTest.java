package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.hls.HlsProbe;
import io.ohmvision.channels.http.HttpProbe;
import io.ohmvision.channels.http.HttpsProbe;
import io.ohmvision.channels.nvr.RecorderProbe;
import io.ohmvision.channels.rtsp.RtspProbe;
import io.ohmvision.channels.webrtc.WhepProbe;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChannelRegistryTest {

    /** A camera check that registers for its type's own schemes, as the features' checks do. */
    private record Check(ConnectionType type, String answer) implements CameraCheck {
        @Override
        public ProbeResult check(long cameraId, ProbeTarget target, Supplier<ProbeResult> urlProbe) {
            return new ProbeResult(type, target.maskedUrl(), Outcome.OK, 0, MediaFacts.NONE, answer, null);
        }
    }

    private static final List<CameraCheck> FEATURE_CHECKS = List.of(new Check(ConnectionType.NVR, "recorder"),
            new Check(ConnectionType.WEBHOOK, "heartbeat"), new Check(ConnectionType.CLOUD_API, "nest"));

    private static StreamUrl url(String text) {
        return StreamUrl.parse(text).orElseThrow();
    }

    @Test
    void findsTheRegisteredRtspProbe() {
        assertThat(ChannelRegistry.standard().probeFor(url("rtsp://h/x"))).containsInstanceOf(RtspProbe.class);
        assertThat(ChannelRegistry.standard().probeFor(url("rtsps://h/x"))).containsInstanceOf(RtspProbe.class);
    }

    @Test
    void findsTheHttpHttpsHlsAndWhepProbesByTheUrlsShape() {
        ChannelRegistry registered = ChannelRegistry.standard();

        assertThat(registered.probeFor(url("http://h/snap.jpg"))).get().isExactlyInstanceOf(HttpProbe.class);
        assertThat(registered.probeFor(url("https://h/snap.jpg"))).containsInstanceOf(HttpsProbe.class);
        assertThat(registered.probeFor(url("https://h/live/index.m3u8"))).containsInstanceOf(HlsProbe.class);
        assertThat(registered.probeFor(url("http://h/cam/whep"))).containsInstanceOf(WhepProbe.class);
        assertThat(registered.probeOf(ConnectionType.NVR)).containsInstanceOf(RecorderProbe.class);
    }

    @Test
    void hasNoProbeForATypeNobodyRegisteredNorForAnUnknownScheme() {
        assertThat(ChannelRegistry.of(List.of(new RtspProbe())).probeFor(url("usb://video0"))).isEmpty();
        assertThat(ChannelRegistry.standard().probeFor(url("ftp://h/x"))).isEmpty();
        assertThat(ChannelRegistry.standard().probeFor(url("webhook://camera/7"))).as("needs its camera check")
                .isEmpty();
    }

    @Test
    void refusesTwoProbesForOneType() {
        assertThatThrownBy(() -> ChannelRegistry.of(List.of(new RtspProbe(), new RtspProbe())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rtsp");
    }

    @Test
    void refusesTwoCameraChecksForOnePair() {
        assertThatThrownBy(() -> ChannelRegistry.standard().with(List.of(new Check(ConnectionType.NVR, "a"),
                new Check(ConnectionType.NVR, "b")))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(nvr, rtsp)");
    }

    @Test
    void aCameraCheckServesOnlyItsOwnTypeAndSchemes() {
        ChannelRegistry registry = ChannelRegistry.standard().with(FEATURE_CHECKS);

        assertThat(registry.cameraCheckFor(ConnectionType.NVR, url("rtsp://h/ch1"))).get()
                .extracting(CameraCheck::type).isEqualTo(ConnectionType.NVR);
        assertThat(registry.cameraCheckFor(ConnectionType.RTSP, url("rtsp://h/ch1"))).as("a plain RTSP camera")
                .isEmpty();
        assertThat(registry.cameraCheckFor(ConnectionType.WEBHOOK, url("http://h/snap.jpg")))
                .as("a webhook camera's snapshot is probed like any other").isEmpty();
        assertThat(registry.cameraCheckFor(ConnectionType.WEBHOOK, url("webhook://camera/7"))).isPresent();
        assertThat(registry.cameraCheckFor(ConnectionType.CLOUD_API, url("nest://enterprises/p/devices/d")))
                .isPresent();
    }

    @ParameterizedTest
    @EnumSource(ConnectionType.class)
    void everyPairTheSchemeTableAcceptsIsServedOnceTheFeaturesRegistered(ConnectionType type) {
        ChannelRegistry registry = ChannelRegistry.standard().with(FEATURE_CHECKS);

        Stream.concat(type.streamSchemes().stream(), type.snapshotSchemes().stream()).forEach(scheme ->
                assertThat(registry.serves(type, url(scheme + "://h/x"))).as(type + " over " + scheme).isTrue());
    }

    @Test
    void aPairNoChannelServesIsNotServed() {
        ChannelRegistry probesOnly = ChannelRegistry.standard();

        assertThat(probesOnly.serves(ConnectionType.WEBHOOK, url("webhook://camera/7"))).isFalse();
        assertThat(probesOnly.serves(ConnectionType.CLOUD_API, url("nest://enterprises/p/devices/d"))).isFalse();
        assertThat(probesOnly.serves(ConnectionType.RTSP, url("ftp://h/x"))).isFalse();
    }
}
