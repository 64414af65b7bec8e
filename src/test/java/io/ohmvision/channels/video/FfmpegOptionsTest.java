package io.ohmvision.channels.video;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.TlsTrust;
import io.ohmvision.channels.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FfmpegOptionsTest {

    private static final Optional<Path> CA = Optional.of(Path.of("/etc/ssl/certs/ca-certificates.crt"));
    private static final String PIN = "AB".repeat(32);

    private static Map<String, String> options(String scheme) {
        return FfmpegOptions.forScheme(scheme, Duration.ofSeconds(5), CA);
    }

    @Test
    void everyInputMayOpenOnlyTheProtocolsItsConnectionTypeNeeds() {
        assertThat(options("rtsp")).containsEntry("protocol_whitelist", "tcp");
        assertThat(options("rtsps")).containsEntry("protocol_whitelist", "tcp,tls");
        assertThat(options("rtmp")).containsEntry("protocol_whitelist", "rtmp,tcp");
        assertThat(options("rtmps")).containsEntry("protocol_whitelist", "rtmps,tls,tcp");
        assertThat(options("http")).containsEntry("protocol_whitelist", "http,tcp,crypto");
        assertThat(options("https")).containsEntry("protocol_whitelist", "https,tls,tcp,crypto");
        assertThat(options("file")).containsEntry("protocol_whitelist", "file");
        for (String network : List.of("rtsp", "rtsps", "rtmp", "rtmps", "http", "https")) {
            assertThat(List.of(options(network).get("protocol_whitelist").split(",")))
                    .as(network).doesNotContain("file", "concat", "subfile", "data", "udp", "pipe", "fd");
        }
    }

    @Test
    void overTlsTheCertificateIsCheckedAgainstTheCaBundle() {
        for (String scheme : List.of("https", "rtsps", "rtmps")) {
            assertThat(options(scheme)).as(scheme).containsEntry("tls_verify", "1")
                    .containsEntry("ca_file", CA.orElseThrow().toString());
        }
        assertThat(options("http")).doesNotContainKeys("tls_verify", "ca_file");
        assertThat(options("rtsp")).doesNotContainKeys("tls_verify", "ca_file");
    }

    @Test
    void aPinnedOrFirstUseCertificateOverTlsIsRefusedWithItsReason() {
        Optional<Verdict> pinned = FfmpegOptions.tlsRefusal(ConnectionType.HTTPS, "https", TlsTrust.pinned(PIN), CA);
        Optional<Verdict> firstUse = FfmpegOptions.tlsRefusal(ConnectionType.RTSP, "rtsps",
                TlsTrust.TRUST_ON_FIRST_USE, CA);

        assertThat(pinned).get().extracting(Verdict::outcome).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(pinned.orElseThrow().reason()).contains("a pinned certificate").contains("FFmpeg cannot check");
        assertThat(firstUse.orElseThrow().reason()).contains("first use");
        assertThat(FfmpegOptions.tlsRefusal(ConnectionType.RTSP, "rtsp", TlsTrust.pinned(PIN), CA))
                .as("no TLS, nothing to check").isEmpty();
        assertThat(FfmpegOptions.tlsRefusal(ConnectionType.RTMP, "rtmps", TlsTrust.SYSTEM, CA)).isEmpty();
    }

    @Test
    void hlsOverHttpsAndTlsWithoutACaBundleAreRefused() {
        assertThat(FfmpegOptions.tlsRefusal(ConnectionType.HLS, "https", TlsTrust.SYSTEM, CA).orElseThrow().reason())
                .contains("not those of its segments");
        assertThat(FfmpegOptions.tlsRefusal(ConnectionType.HLS, "http", TlsTrust.SYSTEM, CA)).isEmpty();
        assertThat(FfmpegOptions.tlsRefusal(ConnectionType.HTTPS, "https", TlsTrust.SYSTEM, Optional.empty())
                .orElseThrow().reason()).contains("no system CA bundle");
    }
}
