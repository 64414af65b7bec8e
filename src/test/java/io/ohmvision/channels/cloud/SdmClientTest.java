package io.ohmvision.channels.cloud;

import static io.ohmvision.testing.ScriptedHttpServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.webrtc.WhepOffer;
import io.ohmvision.testing.LoopbackPorts;
import io.ohmvision.testing.NestSdmStandIn;
import io.ohmvision.testing.ScriptedHttpServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDM client against a local server that answers in Google's published formats. */
class SdmClientTest {

    private static final String RTSP_CAMERA = "enterprises/" + NestSdmStandIn.PROJECT + "/devices/"
            + NestSdmStandIn.RTSP_DEVICE;
    private static final String WEBRTC_CAMERA = "enterprises/" + NestSdmStandIn.PROJECT + "/devices/"
            + NestSdmStandIn.WEBRTC_DEVICE;
    private static final NestCredentials CREDENTIALS = new NestCredentials(NestSdmStandIn.CLIENT_ID,
            NestSdmStandIn.CLIENT_SECRET, NestSdmStandIn.REFRESH_TOKEN);

    private NestSdmStandIn google;
    private final List<Duration> pauses = new ArrayList<>();
    private SdmClient client;

    @BeforeEach
    void start() {
        google = NestSdmStandIn.start();
        google.streamFrom("rtsp://127.0.0.1:8554/relay/front-door");
        client = client(CREDENTIALS);
    }

    private SdmClient client(NestCredentials credentials) {
        return new SdmClient(new NestEndpoints(google.tokenUrl(), google.apiUrl()), credentials, Clock.systemUTC(),
                pauses::add, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        client.close();
        google.close();
    }

    @Test
    void anAnswerLargerThanAMegabyteIsRefusedUnread() {
        try (ScriptedHttpServer endless = ScriptedHttpServer.start();
             SdmClient hostile = new SdmClient(new NestEndpoints(URI.create(endless.url("/token")),
                     URI.create(endless.url("/v1"))), CREDENTIALS, Clock.systemUTC(), pauses::add,
                     Duration.ofSeconds(5))) {
            byte[] huge = ("{\"access_token\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                    .getBytes(StandardCharsets.US_ASCII);
            endless.on("/", reply(200, "application/json", huge, Map.of()));

            assertThatThrownBy(() -> hostile.devices(NestSdmStandIn.PROJECT)).isInstanceOf(CloudApiException.class)
                    .hasMessageEndingWith("answer larger than 1024 kB")
                    .satisfies(e -> assertThat(((CloudApiException) e).outcome()).isEqualTo(Outcome.PROTOCOL_ERROR));
        }
    }

    @Test
    void listsTheProjectsDevicesWithTheirStreamingProtocols() throws Exception {
        List<NestDevice> devices = client.devices(NestSdmStandIn.PROJECT);
        assertThat(devices).extracting(NestDevice::deviceId).containsExactly(NestSdmStandIn.RTSP_DEVICE,
                NestSdmStandIn.WEBRTC_DEVICE);
        assertThat(devices.get(0).protocols()).containsExactly(NestDevice.RTSP);
        assertThat(devices.get(1).protocols()).containsExactly(NestDevice.WEB_RTC);
        assertThat(devices.get(0).displayName()).isEqualTo("Front door");
        assertThat(client.device(WEBRTC_CAMERA).type()).isEqualTo("sdm.devices.types.DOORBELL");
    }

    @Test
    void theAccessTokenIsRefreshedOnceAndReusedThenRenewedWhenTheApiRejectsIt() throws Exception {
        client.devices(NestSdmStandIn.PROJECT);
        client.device(RTSP_CAMERA);
        assertThat(google.count("POST /token")).isEqualTo(1);

        google.revokeAccessTokens();
        assertThat(client.device(RTSP_CAMERA).protocols()).containsExactly(NestDevice.RTSP);
        assertThat(google.count("POST /token")).isEqualTo(2);
        assertThat(pauses).isEmpty();
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedWithBackoff() throws Exception {
        client.device(RTSP_CAMERA);
        google.failNext(429, 503);
        assertThat(client.device(RTSP_CAMERA).protocols()).containsExactly(NestDevice.RTSP);
        // 429 asked for Retry-After: 1; the 503 after it waits 2 x 500 ms
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aServiceThatStaysDownIsBusyAfterTheLastRetry() throws Exception {
        client.device(RTSP_CAMERA);
        google.failNext(503, 500, 503, 503);
        assertThatThrownBy(() -> client.device(RTSP_CAMERA)).isInstanceOfSatisfying(CloudApiException.class,
                e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.BUSY);
                    assertThat(e.getMessage()).isEqualTo("SDM API answered 503 UNAVAILABLE after 4 attempts");
                });
        assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aRevokedRefreshTokenIsAnAuthenticationFailureThatNamesNoSecret() {
        SdmClient revoked = client(new NestCredentials(NestSdmStandIn.CLIENT_ID, NestSdmStandIn.CLIENT_SECRET,
                "1//0g-revoked"));
        assertThatThrownBy(() -> revoked.devices(NestSdmStandIn.PROJECT)).isInstanceOfSatisfying(
                CloudApiException.class, e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.AUTH_FAILED);
                    assertThat(e.getMessage()).contains("invalid_grant").doesNotContain("1//0g")
                            .doesNotContain(NestSdmStandIn.CLIENT_SECRET);
                });
        revoked.close();
    }

    @Test
    void anRtspStreamIsGeneratedExtendedWithANewTokenAndStopped() throws Exception {
        RtspStream stream = client.generateRtspStream(RTSP_CAMERA);
        assertThat(stream.rtspUrl()).startsWith("rtsp://127.0.0.1:8554/relay/front-door?auth=g.0.streamingToken")
                .endsWith(stream.streamToken());
        assertThat(stream.expiresAt()).isAfter(java.time.Instant.now().plusSeconds(250));
        assertThat(stream.toString()).doesNotContain(stream.streamToken());

        RtspStream extended = client.extendRtspStream(RTSP_CAMERA, stream);
        assertThat(extended.streamToken()).isNotEqualTo(stream.streamToken());
        assertThat(extended.rtspUrl()).isEqualTo("rtsp://127.0.0.1:8554/relay/front-door?auth="
                + extended.streamToken());
        assertThat(extended.extensionToken()).isNotEqualTo(stream.extensionToken());

        client.stopRtspStream(RTSP_CAMERA, extended);
        assertThatThrownBy(() -> client.extendRtspStream(RTSP_CAMERA, extended))
                .isInstanceOfSatisfying(CloudApiException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("SDM API answered 400 INVALID_ARGUMENT"));
        assertThat(google.requests()).contains("sdm.devices.commands.CameraLiveStream.GenerateRtspStream",
                "sdm.devices.commands.CameraLiveStream.ExtendRtspStream",
                "sdm.devices.commands.CameraLiveStream.StopRtspStream");
    }

    @Test
    void aWebRtcOnlyCameraAnswersAnOfferAndAnRtspCommandIsUnsupportedThere() throws Exception {
        WebRtcStream session = client.generateWebRtcStream(WEBRTC_CAMERA, WhepOffer.viewerOffer(new SecureRandom()));
        assertThat(session.answerSdp()).startsWith("v=0");
        assertThat(session.mediaSessionId()).isNotBlank();
        client.stopWebRtcStream(WEBRTC_CAMERA, session);
        assertThatThrownBy(() -> client.generateRtspStream(WEBRTC_CAMERA)).isInstanceOfSatisfying(
                CloudApiException.class, e -> assertThat(e.outcome()).isEqualTo(Outcome.UNSUPPORTED));
    }

    @Test
    void unknownDevicesAndUnreachableEndpointsAreClassified() {
        assertThatThrownBy(() -> client.device("enterprises/" + NestSdmStandIn.PROJECT + "/devices/gone"))
                .isInstanceOfSatisfying(CloudApiException.class,
                        e -> assertThat(e.outcome()).isEqualTo(Outcome.NOT_FOUND));
        URI nowhere = URI.create("http://127.0.0.1:" + LoopbackPorts.free() + "/token");
        SdmClient offline = new SdmClient(new NestEndpoints(nowhere, nowhere), CREDENTIALS, Clock.systemUTC(),
                pauses::add, Duration.ofSeconds(2));
        assertThatThrownBy(() -> offline.devices(NestSdmStandIn.PROJECT)).isInstanceOfSatisfying(
                CloudApiException.class, e -> assertThat(e.outcome()).isEqualTo(Outcome.REFUSED));
        offline.close();
    }
}
