package io.ohmvision.channels.hls;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.TlsTrust;
import io.ohmvision.testing.CameraWebRoot;
import io.ohmvision.testing.NginxTestPeer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HLS probe against ffmpeg's live HLS output served by nginx, open, behind Basic auth and over HTTPS. */
class HlsProbeIT {

    private static final String USER = "viewer";
    private static final String PASSWORD = "h1s:p@ss";
    private static final Duration TIMEOUT = Duration.ofSeconds(6);

    private static CameraWebRoot www;
    private static NginxTestPeer nginx;

    private final HlsProbe probe = new HlsProbe();

    @BeforeAll
    static void startPeers() {
        www = CameraWebRoot.start();
        nginx = NginxTestPeer.start(www, USER, PASSWORD);
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

    @Test
    void seesTheLivePlaylistMoveOnAndFetchesTheNewestSegment() {
        ProbeResult result = probe.probe(target(nginx.url("/open/hls/live.m3u8"), null, null));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.reason()).startsWith("live: media sequence ").endsWith(", newest segment MPEG-TS");
        assertThat(result.fingerprint().server()).startsWith("nginx");
    }

    @Test
    void takesCodecAndSizeFromTheMasterPlaylist() {
        ProbeResult result = probe.probe(target(nginx.url("/open/hls/master.m3u8"), null, null));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media()).isEqualTo(new MediaFacts("H.264", 320, 180, null, null));
    }

    @Test
    void reportsARecordingAsNotLive() {
        ProbeResult result = probe.probe(target(nginx.url("/open/vod.m3u8"), null, null));

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).startsWith("not live");
    }

    @Test
    void answersBasicAuthForPlaylistAndSegments() {
        ProbeResult result = probe.probe(target(nginx.url("/basic/hls/master.m3u8"), USER, PASSWORD));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.fingerprint().realm()).isEqualTo("OhmVision test camera");
    }

    @Test
    void reportsAWrongPassword() {
        ProbeResult result = probe.probe(target(nginx.url("/basic/hls/live.m3u8"), USER, "wrong"));

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
    }

    @Test
    void reportsALoginPageAsAProtocolError() {
        ProbeResult result = probe.probe(target(nginx.url("/open/login.html"), null, null));

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).isEqualTo("not an HLS playlist: it does not start with #EXTM3U");
    }

    @Test
    void followsThePinnedCertificateOverHttps() {
        ProbeTarget untrusted = target(nginx.httpsUrl("/open/hls/live.m3u8"), null, null);

        assertThat(probe.probe(untrusted).outcome()).isEqualTo(Outcome.TLS_ERROR);
        ProbeResult pinned = probe.probe(untrusted.withTlsTrust(TlsTrust.pinned(nginx.certificateSha256())));
        assertThat(pinned.outcome()).as(pinned.reason()).isEqualTo(Outcome.OK);
    }

    private static ProbeTarget target(String url, String user, String password) {
        return new ProbeTarget(url, user, password, TIMEOUT);
    }
}
