package io.ohmvision.testing;

import io.ohmvision.channels.TlsTrust;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * nginx serving a {@link CameraWebRoot} the way a camera's web server does: under {@code /open/} without
 * credentials, under {@code /basic/} behind Basic auth, both over HTTP and over HTTPS with a self-signed certificate
 * made for this run for 127.0.0.1 (src/test/peers/nginx.conf). Needs the Debian packages nginx and openssl.
 */
public final class NginxTestPeer implements AutoCloseable {

    private final ExternalProcess nginx;
    private final int httpPort;
    private final int httpsPort;
    private final String certificateSha256;
    private final Path certificate;

    private NginxTestPeer(ExternalProcess nginx, int httpPort, int httpsPort, Path certificate) {
        this.nginx = nginx;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.certificate = certificate;
        this.certificateSha256 = sha256Of(certificate);
    }

    public static NginxTestPeer start(CameraWebRoot www, String user, String password) {
        Path dir = TestPaths.freshDirectory("nginx");
        int httpPort = LoopbackPorts.free();
        int httpsPort = LoopbackPorts.free();
        ExternalProcess.run("openssl certificate", dir.resolve("openssl.log"), List.of("openssl", "req", "-x509",
                "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=IPC-test-camera",
                "-addext", "subjectAltName=IP:127.0.0.1",
                "-keyout", dir.resolve("camera.key").toString(), "-out", dir.resolve("camera.crt").toString()));
        try {
            // nginx reads "{SHA}" entries: base64 of the password's SHA-1, no external htpasswd tool needed
            Files.writeString(dir.resolve("htpasswd"), user + ":{SHA}" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8))) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Path config = ConfigTemplate.write("nginx.conf", Map.of("DIR", dir.toString(), "WWW",
                www.directory().toString(), "HTTP_PORT", String.valueOf(httpPort), "HTTPS_PORT",
                String.valueOf(httpsPort)), dir.resolve("nginx.conf"));
        ExternalProcess nginx = ExternalProcess.start("nginx", dir.resolve("nginx.log"), List.of("nginx", "-p",
                dir.toString(), "-e", dir.resolve("error.log").toString(), "-c", config.toString()));
        LoopbackPorts.awaitListening(httpPort, nginx);
        LoopbackPorts.awaitListening(httpsPort, nginx);
        return new NginxTestPeer(nginx, httpPort, httpsPort, dir.resolve("camera.crt"));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    public String httpsUrl(String path) {
        return "https://127.0.0.1:" + httpsPort + path;
    }

    /** The fingerprint of this run's self-signed certificate, as a caller would pin it. */
    public String certificateSha256() {
        return certificateSha256;
    }

    /** This run's self-signed certificate (PEM, for 127.0.0.1): a CA bundle that trusts this server alone. */
    public Path certificateFile() {
        return certificate;
    }

    private static String sha256Of(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return TlsTrust.sha256Of((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        nginx.close();
    }
}
