package io.ohmvision.channels.video;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.TlsTrust;
import io.ohmvision.channels.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FFmpeg options for one attempt to open an input: no blocking call inside FFmpeg outlives the deadline, FFmpeg opens
 * only the protocols the connection type needs, and TLS certificates are checked the way the camera's trust says.
 */
final class FfmpegOptions {

    /**
     * The protocols FFmpeg may open for an input, by its URL scheme: whatever a playlist, an SDP or a redirect names,
     * nothing else is opened, so a hostile camera cannot make FFmpeg read local files (file:, subfile:, concat:) or
     * reach out by another route. RTSP runs interleaved over its one TCP connection (rtsp_transport=tcp, the demuxer
     * needs no protocol of its own); crypto decrypts AES-128 HLS segments; https refuses a downgrade to http.
     */
    static final Map<String, String> PROTOCOLS = Map.of(
            "rtsp", "tcp",
            "rtsps", "tcp,tls",
            "rtmp", "rtmp,tcp",
            "rtmps", "rtmps,tls,tcp",
            "http", "http,tcp,crypto",
            "https", "https,tls,tcp,crypto",
            "file", "file");

    /** Where distributions keep the system's CA bundle (PEM), after OpenSSL's own SSL_CERT_FILE. */
    private static final List<String> CA_BUNDLES = List.of("/etc/ssl/certs/ca-certificates.crt",
            "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem");

    private FfmpegOptions() {
    }

    /** @param caFile the CA bundle that checks certificates over TLS ({@link #systemCaFile()}); unused otherwise */
    static Map<String, String> forScheme(String scheme, Duration remaining, Optional<Path> caFile) {
        Map<String, String> options = new HashMap<>();
        String protocols = PROTOCOLS.get(scheme);
        if (protocols != null) {
            options.put("protocol_whitelist", protocols);
        }
        if (scheme.equals("file") || scheme.equals("usb")) {
            return options;
        }
        String micros = String.valueOf(Math.max(1, remaining.toNanos() / 1_000));
        // a generic protocol option: it reaches the TCP/TLS layer under rtsp, rtmp, http and hls alike
        options.put("rw_timeout", micros);
        // connect and socket timeout of rtsp and http, in microseconds (FFmpeg 5+; the old rtsp "stimeout" is gone).
        // Not for rtmp, where "timeout" is the listen timeout in seconds.
        if (!scheme.startsWith("rtmp")) {
            options.put("timeout", micros);
        }
        if (scheme.equals("http") || scheme.equals("https")) {
            // FFmpeg would follow a redirect to any host; the light probe follows those on the camera's own host
            options.put("max_redirects", "0");
        }
        if (scheme.startsWith("rtsp")) {
            // cameras and firewalls drop UDP; interleaved TCP is what ONVIF requires anyway
            options.put("rtsp_transport", "tcp");
        }
        if (overTls(scheme)) {
            // FFmpeg's OpenSSL checks nothing unless told to; then it checks the chain and the host name
            options.put("tls_verify", "1");
            caFile.ifPresent(file -> options.put("ca_file", file.toString()));
        }
        return options;
    }

    static boolean overTls(String scheme) {
        return scheme.equals("https") || scheme.equals("rtsps") || scheme.equals("rtmps");
    }

    /**
     * Why FFmpeg may not open this input as the camera's TLS trust asks: it checks certificates against CAs only, so
     * a pinned (or first-use) certificate cannot be honoured; without a CA bundle nothing can be checked; and its HLS
     * demuxer opens segments without the TLS options, so their certificates go unchecked.
     */
    static Optional<Verdict> tlsRefusal(ConnectionType channel, String scheme, TlsTrust trust,
                                        Optional<Path> caFile) {
        if (!overTls(scheme)) {
            return Optional.empty();
        }
        if (channel == ConnectionType.HLS) {
            return Optional.of(new Verdict(Outcome.UNSUPPORTED, "FFmpeg checks the certificate of an HLS playlist "
                    + "but not those of its segments, which could be served by anyone: HLS over HTTPS is not decoded "
                    + "(the light probe checks this camera's certificates)"));
        }
        if (trust.mode() != TlsTrust.Mode.SYSTEM) {
            return Optional.of(new Verdict(Outcome.UNSUPPORTED, "decoding over TLS checks certificates against the "
                    + "system's CAs only, and this camera's TLS trust is " + (trust.mode() == TlsTrust.Mode.PINNED
                    ? "a pinned certificate" : "first use") + ", which FFmpeg cannot check: not decoded (the light "
                    + "probe checks this camera with its pin)"));
        }
        if (caFile.isEmpty()) {
            return Optional.of(new Verdict(Outcome.UNSUPPORTED, "no system CA bundle for FFmpeg to check the "
                    + "certificate with (looked at SSL_CERT_FILE and " + String.join(", ", CA_BUNDLES)
                    + "): not decoded"));
        }
        return Optional.empty();
    }

    /** OpenSSL's SSL_CERT_FILE when set, else the distribution's bundle: FFmpeg's own OpenSSL knows neither. */
    static Optional<Path> systemCaFile() {
        String configured = System.getenv("SSL_CERT_FILE");
        return (configured != null && !configured.isBlank() ? List.of(configured) : CA_BUNDLES).stream()
                .map(Path::of).filter(Files::isReadable).findFirst();
    }
}
