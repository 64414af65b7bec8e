package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.testing.ExternalProcess;
import io.ohmvision.testing.HealthSocketClient;
import io.ohmvision.testing.PayaraMicro;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.TestPaths;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OhmVision on Payara Micro's own HTTPS listener with a certificate of its operator (made here by keytool), started
 * by the same variables server-config/ohmvision.sh reads: the API answers over TLS to a client that trusts that
 * certificate (and to no other), the console's session cookie is Secure, /ws/health works as wss://.
 */
class HttpsIT {

    private static final String KEYSTORE_PASSWORD = "Tls-Keystore-Passw0rd";
    private static final Path KEYSTORE = selfSignedKeystore();
    private static final int HTTPS_PORT = PayaraMicro.freePort();

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.privateOnH2("https")
            .withEnvironment("OHMVISION_HTTPS_PORT", String.valueOf(HTTPS_PORT))
            .withEnvironment("OHMVISION_TLS_KEYSTORE", KEYSTORE.toString())
            .withEnvironment("OHMVISION_TLS_KEYSTORE_PASSWORD", KEYSTORE_PASSWORD);

    @Test
    void theApiAnswersOverTlsWithTheGivenCertificate() throws Exception {
        HttpResponse<String> cameras = trusting().send(HttpRequest.newBuilder(https("/api/cameras"))
                .header("Authorization", HealthSocketClient.basic("admin", RunningServer.ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cameras.statusCode()).isEqualTo(200);
        assertThat(cameras.body()).contains("items");

        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(https("/api/cameras"))
                .build(), HttpResponse.BodyHandlers.ofString())).as("a certificate nobody else trusts")
                .isInstanceOf(SSLHandshakeException.class);
        assertThat(SERVER.payara().allLogs()).doesNotContain(KEYSTORE_PASSWORD);
    }

    @Test
    void theSessionCookieIsSecureOverTls() throws Exception {
        HttpResponse<String> login = trusting().send(HttpRequest.newBuilder(https("/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void theHealthSocketOpensOverTlsFromTheServersOwnHttpsOrigin() throws Exception {
        String origin = "https://localhost:" + HTTPS_PORT;
        try (HealthSocketClient socket = new HealthSocketClient(trusting(),
                URI.create("wss://localhost:" + HTTPS_PORT + "/ws/health"), Map.of("Authorization",
                HealthSocketClient.basic("admin", RunningServer.ADMIN_PASSWORD), "Origin", origin))) {
            assertThat(socket.closedWith()).isNotDone();
        }
    }

    private static URI https(String path) {
        return URI.create("https://localhost:" + HTTPS_PORT + path);
    }

    /** A client that trusts exactly the test certificate. */
    private static HttpClient trusting() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEYSTORE)) {
            store.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    /** What an operator brings: a PKCS12 keystore with a key and its certificate for this host, alias "ohmvision". */
    private static Path selfSignedKeystore() {
        Path directory = TestPaths.freshDirectory("https-keystore");
        Path keystore = directory.resolve("ohmvision.p12");
        ExternalProcess.run("keytool", directory.resolve("keytool.log"), List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "ohmvision", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", KEYSTORE_PASSWORD));
        return keystore;
    }
}
