package io.ohmvision.channels.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.TlsTrust;
import io.ohmvision.channels.webrtc.WhepProbe;
import io.ohmvision.testing.CameraWebRoot;
import io.ohmvision.testing.LighttpdTestPeer;
import io.ohmvision.testing.NginxTestPeer;
import io.ohmvision.testing.VlcMjpegPeer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP and HTTPS probes against real servers: nginx (snapshot open and behind Basic, HTTPS with a self-signed
 * certificate), lighttpd (Digest with qop=auth, also in front of the MJPEG stream) and VLC (MJPEG), fed by ffmpeg.
 */
class HttpProbeIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "pa:ss@w0rd%";
    private static final String REALM = "OhmVision digest camera";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static CameraWebRoot www;
    private static NginxTestPeer nginx;
    private static VlcMjpegPeer vlc;
    private static LighttpdTestPeer lighttpd;

    private final HttpProbe http = new HttpProbe();
    private final HttpsProbe https = new HttpsProbe();

    @BeforeAll
    static void startPeers() {
        www = CameraWebRoot.start();
        nginx = NginxTestPeer.start(www, USER, PASSWORD);
        vlc = VlcMjpegPeer.start();
        lighttpd = LighttpdTestPeer.start(www, vlc.port(), REALM, USER, PASSWORD);
    }

    @AfterAll
    static void stopPeers() {
        for (AutoCloseable peer : new AutoCloseable[] {lighttpd, vlc, nginx, www}) {
            if (peer != null) {
                close(peer);
            }
        }
    }

    @Test
    void readsTheSnapshotThatFfmpegKeepsRewriting() {
        ProbeResult result = http.probe(target(nginx.url("/open/snap.jpg"), null, null));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media()).isEqualTo(new MediaFacts("JPEG", 640, 360, null, null));
        assertThat(result.fingerprint().server()).startsWith("nginx");
    }

    @Test
    void answersBasicAuth() {
        ProbeResult result = http.probe(target(nginx.url("/basic/snap.jpg"), USER, PASSWORD));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.fingerprint().realm()).isEqualTo("OhmVision test camera");
    }

    @Test
    void reportsAWrongBasicPassword() {
        ProbeResult result = http.probe(target(nginx.url("/basic/snap.jpg"), USER, "wrong"));

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo("wrong user name or password (401 after Basic)");
    }

    @Test
    void answersDigestAuth() {
        ProbeResult result = http.probe(target(lighttpd.url("/snap.jpg"), USER, PASSWORD));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media().width()).isEqualTo(640);
        assertThat(result.fingerprint().realm()).isEqualTo(REALM);
        assertThat(result.fingerprint().server()).isEqualTo("lighttpd (OhmVision test camera)");
    }

    @Test
    void reportsAWrongDigestPassword() {
        ProbeResult result = http.probe(target(lighttpd.url("/snap.jpg"), USER, "wrong"));

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo("wrong user name or password (401 after Digest)");
    }

    @Test
    void measuresVlcsMjpegStream() {
        ProbeResult result = http.probe(target(vlc.url(), null, null));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media().videoCodec()).isEqualTo("MJPEG");
        assertThat(result.media().width()).isEqualTo(640);
        assertThat(result.media().height()).isEqualTo(360);
        assertThat(result.media().fps()).isPositive();
    }

    @Test
    void measuresTheMjpegStreamBehindDigest() {
        ProbeResult result = http.probe(target(lighttpd.url("/stream.mjpg"), USER, PASSWORD));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media().fps()).isPositive();
    }

    @Test
    void reportsAWrongPath() {
        ProbeResult result = http.probe(target(nginx.url("/open/nope.jpg"), null, null));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void reportsALoginPageAsAProtocolError() {
        ProbeResult result = http.probe(target(nginx.url("/open/login.html"), null, null));

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).isEqualTo("not a camera picture: the reply is text/html");
    }

    @Test
    void reportsAStoppedServerAsRefused() {
        NginxTestPeer stopped = NginxTestPeer.start(www, USER, PASSWORD);
        stopped.close();

        ProbeResult result = http.probe(target(stopped.url("/open/snap.jpg"), null, null));

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void refusesASelfSignedCertificateAndNamesItsFingerprint() {
        ProbeResult result = https.probe(target(nginx.httpsUrl("/open/snap.jpg"), null, null));

        assertThat(result.outcome()).isEqualTo(Outcome.TLS_ERROR);
        assertThat(result.reason()).isEqualTo("untrusted certificate, SHA-256 " + nginx.certificateSha256()
                + " (pin it to trust this camera)");
        assertThat(result.fingerprint().certificateSha256()).isEqualTo(nginx.certificateSha256());
    }

    @Test
    void trustsTheSelfSignedCertificateOncePinned() {
        ProbeTarget pinned = target(nginx.httpsUrl("/basic/snap.jpg"), USER, PASSWORD)
                .withTlsTrust(TlsTrust.pinned(nginx.certificateSha256()));

        ProbeResult result = https.probe(pinned);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media().width()).isEqualTo(640);
    }

    @Test
    void reportsTheCertificateToPinOnFirstUse() {
        ProbeResult result = https.probe(target(nginx.httpsUrl("/open/snap.jpg"), null, null)
                .withTlsTrust(TlsTrust.TRUST_ON_FIRST_USE));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.fingerprint().certificateSha256()).isEqualTo(nginx.certificateSha256());
    }

    @Test
    void refusesACertificateOtherThanThePinnedOne() {
        String other = "00".repeat(32);

        ProbeResult result = https.probe(target(nginx.httpsUrl("/open/snap.jpg"), null, null)
                .withTlsTrust(TlsTrust.pinned(other)));

        assertThat(result.outcome()).isEqualTo(Outcome.TLS_ERROR);
        assertThat(result.reason()).startsWith("certificate SHA-256 " + nginx.certificateSha256() + " is not the pinned");
    }

    @Test
    void reportsAnOverloadedCameraAsBusy() {
        ProbeResult result = http.probe(target(nginx.url("/busy/snap.jpg"), null, null));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.BUSY);
    }

    @Test
    void reportsAServerThatDoesNotSpeakWhepAsUnsupported() {
        // a static web server refuses the offer's POST with 405: no WHEP here
        ProbeResult result = new WhepProbe().probe(target(nginx.url("/open/snap.jpg"), null, null));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.UNSUPPORTED);
    }

    private static ProbeTarget target(String url, String user, String password) {
        return new ProbeTarget(url, user, password, TIMEOUT);
    }

    private static void close(AutoCloseable peer) {
        try {
            peer.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
