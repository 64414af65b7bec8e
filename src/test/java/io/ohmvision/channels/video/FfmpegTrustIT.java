package io.ohmvision.channels.video;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.TlsTrust;
import io.ohmvision.testing.CameraWebRoot;
import io.ohmvision.testing.NginxTestPeer;
import io.ohmvision.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What FFmpeg may open and whom it trusts, against nginx serving a camera's snapshot and HLS over HTTP and HTTPS (a
 * self-signed certificate for 127.0.0.1): certificates checked against the CA bundle and the host name, pinned trust
 * refused, no way from HTTPS down to HTTP, no local file read through a hostile playlist.
 */
class FfmpegTrustIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(8);

    private static CameraWebRoot www;
    private static NginxTestPeer nginx;
    private static Path secretSegment;

    @BeforeAll
    static void startPeers() throws IOException {
        www = CameraWebRoot.start();
        nginx = NginxTestPeer.start(www, "viewer", "unused-Passw0rd");
        // a real video segment outside the web root: FFmpeg would decode it if anything let it open the file
        Path outside = TestPaths.freshDirectory("outside-web-root");
        try (var segments = Files.list(www.directory().resolve("hls"))) {
            Path segment = segments.filter(p -> p.toString().endsWith(".ts")).findFirst().orElseThrow();
            secretSegment = Files.copy(segment, outside.resolve("secret.ts"));
        }
        Files.writeString(www.directory().resolve("hostile.m3u8"), "#EXTM3U\n#EXT-X-VERSION:3\n"
                + "#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:1.0,\nfile:" + secretSegment
                + "\n#EXT-X-ENDLIST\n");
    }

    @AfterAll
    static void stopPeers() {
        if (nginx != null) {
            nginx.close();
        }
        if (www != null) {
            www.close();
        }
    }

    /** Decodes trusting this run's nginx certificate as if a CA of the system had signed it. */
    private static DeepProbe trustingNginx() {
        Supplier<Optional<Path>> ca = () -> Optional.of(nginx.certificateFile());
        return new DeepProbe(DecodePool.Lane.CHECKS, ca);
    }

    private static ProbeTarget target(String url, TlsTrust trust) {
        return new ProbeTarget(url, null, null, TIMEOUT, trust);
    }

    @Test
    void aCertificateSignedByATrustedCaForThisHostIsDecoded() {
        DeepProbeResult result = trustingNginx().firstFrame(target(nginx.httpsUrl("/open/snap.jpg"), TlsTrust.SYSTEM));

        assertThat(result.probe().outcome()).as(result.probe().reason()).isEqualTo(Outcome.OK);
        assertThat(result.snapshot()).isPresent();
    }

    @Test
    void aSelfSignedCertificateIsRefusedUnderTheSystemsCas() {
        DeepProbeResult result = new DeepProbe().firstFrame(target(nginx.httpsUrl("/open/snap.jpg"), TlsTrust.SYSTEM));

        assertThat(result.probe().outcome()).as(result.probe().reason()).isEqualTo(Outcome.TLS_ERROR);
        assertThat(result.snapshot()).isEmpty();
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() {
        String byName = nginx.httpsUrl("/open/snap.jpg").replace("127.0.0.1", "localhost");

        DeepProbeResult result = trustingNginx().firstFrame(target(byName, TlsTrust.SYSTEM));

        assertThat(result.probe().outcome()).as(result.probe().reason()).isEqualTo(Outcome.TLS_ERROR);
    }

    @Test
    void aPinnedCertificateIsNotDecodedAndSaysWhy() {
        DeepProbeResult result = trustingNginx().firstFrame(target(nginx.httpsUrl("/open/snap.jpg"),
                TlsTrust.pinned(nginx.certificateSha256())));

        assertThat(result.probe().outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(result.probe().reason()).contains("pinned certificate");
        assertThat(DeepProbe.refusesTlsOf(target(nginx.httpsUrl("/open/snap.jpg"),
                TlsTrust.pinned(nginx.certificateSha256())))).isTrue();
    }

    @Test
    void aRedirectFromHttpsToPlainHttpIsNotFollowed() {
        DeepProbeResult result = trustingNginx().firstFrame(target(nginx.httpsUrl("/downgrade/snap.jpg"),
                TlsTrust.SYSTEM));

        assertThat(result.probe().outcome()).as(result.probe().reason()).isNotEqualTo(Outcome.OK);
        assertThat(result.snapshot()).isEmpty();
    }

    @Test
    void hlsOverHttpsIsNotDecodedBecauseItsSegmentsWouldGoUnchecked() {
        DeepProbeResult result = trustingNginx().firstFrame(target(nginx.httpsUrl("/open/hls/live.m3u8"),
                TlsTrust.SYSTEM));

        assertThat(result.probe().outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(result.probe().reason()).contains("segments");
    }

    @Test
    void aPlaylistNamingALocalFileCannotMakeFfmpegReadIt() {
        DeepProbeResult live = new DeepProbe().firstFrame(target(nginx.url("/open/hls/live.m3u8"), TlsTrust.SYSTEM));
        assertThat(live.probe().outcome()).as("HLS itself still decodes: " + live.probe().reason())
                .isEqualTo(Outcome.OK);

        DeepProbeResult hostile = new DeepProbe().firstFrame(target(nginx.url("/open/hostile.m3u8"), TlsTrust.SYSTEM));

        assertThat(hostile.probe().outcome()).as(hostile.probe().reason()).isNotEqualTo(Outcome.OK);
        assertThat(hostile.snapshot()).isEmpty();
        assertThat(hostile.probe().channel()).isEqualTo(ConnectionType.HLS);
    }
}
