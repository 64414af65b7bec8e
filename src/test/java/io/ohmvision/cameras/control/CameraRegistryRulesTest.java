package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.ChannelRegistry;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.platform.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The registry's rules for a change, without a database ({@link CameraRegistry#apply} validates, then writes): stored
 * credentials stay at the origins they were given for, and every URL's scheme is one its connection type handles.
 */
class CameraRegistryRulesTest {

    private static final String PASSWORD = "s3cret:Gate#1";
    private static final String HOME = "rtsp://192.0.2.10/Streaming/Channels/101";
    private static final String ELSEWHERE = "rtsp://192.0.2.10:8554/Streaming/Channels/101";

    private final CredentialVault vault = TestVault.create();
    private final CameraRegistry registry = new CameraRegistry();

    CameraRegistryRulesTest() {
        registry.vault = vault;
        registry.channels = TestChannels.withFeatureChecks();
    }

    private Camera stored(String password) {
        Camera camera = new Camera("Gate");
        camera.setConnectionType(ConnectionType.RTSP);
        camera.setPrimaryStreamUrl(HOME);
        camera.setSnapshotUrl("http://192.0.2.10/ISAPI/Streaming/channels/101/picture");
        camera.setUsername("admin");
        camera.setEncryptedPassword(vault.seal(password));
        return camera;
    }

    private static CameraSettings moved(Camera camera, String primary) {
        CameraSettings request = CameraSettings.of(camera);
        request.primaryStreamUrl = primary;
        return request;
    }

    private static Status refusal(Runnable change) {
        try {
            change.run();
        } catch (ProblemException e) {
            return e.status();
        }
        return null;
    }

    @Test
    void anOperatorWhoMovesTheCameraWithoutThePasswordIsRefusedAndNothingChanges() {
        Camera camera = stored(PASSWORD);
        String sealed = camera.getEncryptedPassword();
        assertThat(refusal(() -> registry.apply(moved(camera, ELSEWHERE), camera, false))).isEqualTo(Status.CONFLICT);
        assertThat(camera.getPrimaryStreamUrl()).isEqualTo(HOME);
        assertThat(camera.getEncryptedPassword()).isEqualTo(sealed);
        assertThat(camera.getUsername()).isEqualTo("admin");
    }

    @Test
    void theSameOriginOnAnotherPathNeedsNothing() {
        Camera camera = stored(PASSWORD);
        registry.apply(moved(camera, "rtsp://192.0.2.10:554/Streaming/Channels/102"), camera, false);
        assertThat(camera.getPrimaryStreamUrl()).isEqualTo("rtsp://192.0.2.10:554/Streaming/Channels/102");
    }

    @Test
    void aPasswordTypedAgainCountsAsGivenAndIsNoCredentialChange() {
        Camera camera = stored(PASSWORD);
        String sealed = camera.getEncryptedPassword();
        CameraSettings request = moved(camera, ELSEWHERE);
        request.password = PASSWORD;
        assertThat(registry.apply(request, camera, false)).as("credentials changed").isFalse();
        assertThat(camera.getPrimaryStreamUrl()).isEqualTo(ELSEWHERE);
        assertThat(camera.getEncryptedPassword()).as("kept as stored, not sealed again").isEqualTo(sealed);
    }

    @Test
    void aPasswordTypedAgainInsideTheUrlCountsToo() {
        Camera camera = stored(PASSWORD);
        registry.apply(moved(camera, "rtsp://admin:s3cret%3AGate%231@192.0.2.10:8554/x"), camera, false);
        assertThat(camera.getPrimaryStreamUrl()).isEqualTo("rtsp://192.0.2.10:8554/x");
    }

    @Test
    void aDifferentPasswordIsACredentialChangeForAdminsOnly() {
        Camera camera = stored(PASSWORD);
        CameraSettings request = moved(camera, ELSEWHERE);
        request.password = PASSWORD + "x";
        assertThat(refusal(() -> registry.apply(request, camera, false))).isEqualTo(Status.FORBIDDEN);
        assertThat(camera.getPrimaryStreamUrl()).isEqualTo(HOME);
        assertThat(registry.apply(request, camera, true)).as("credentials changed").isTrue();
        assertThat(vault.open(camera.getEncryptedPassword())).isEqualTo(PASSWORD + "x");
    }

    @Test
    void anAdminMovesTheStoredPasswordOnlyWhenSayingSo() {
        Camera camera = stored(PASSWORD);
        CameraSettings request = moved(camera, ELSEWHERE);
        assertThat(refusal(() -> registry.apply(request, camera, true))).isEqualTo(Status.CONFLICT);
        request.moveCredentials = false;
        assertThat(refusal(() -> registry.apply(request, camera, true))).isEqualTo(Status.CONFLICT);
        request.moveCredentials = true;
        assertThat(refusal(() -> registry.apply(request, camera, false))).as("an operator asking")
                .isEqualTo(Status.FORBIDDEN);
        registry.apply(request, camera, true);
        assertThat(camera.getPrimaryStreamUrl()).isEqualTo(ELSEWHERE);
        assertThat(vault.open(camera.getEncryptedPassword())).isEqualTo(PASSWORD);
    }

    @Test
    void anAdminWhoClearsThePasswordMayMoveTheCamera() {
        Camera camera = stored(PASSWORD);
        CameraSettings request = moved(camera, ELSEWHERE);
        request.password = "";
        registry.apply(request, camera, true);
        assertThat(camera.getPrimaryStreamUrl()).isEqualTo(ELSEWHERE);
        assertThat(camera.hasPassword()).isFalse();
    }

    @Test
    void aCameraWithNoStoredPasswordIsNeverRefusedForThis() {
        Camera camera = stored(null);
        CameraSettings request = moved(camera, "rtsps://203.0.113.9/other");
        request.snapshotUrl = "https://203.0.113.9:8443/snap.jpg";
        registry.apply(request, camera, false);
        assertThat(camera.getPrimaryStreamUrl()).isEqualTo("rtsps://203.0.113.9/other");
    }

    @Test
    void aRecorderChannelStaysOnItsRecorderWhoseCredentialsItCarries() {
        Camera channel = stored(PASSWORD);
        channel.setConnectionType(ConnectionType.NVR);
        channel.linkToRecorder(3L, 1);
        CameraSettings request = moved(channel, "rtsp://203.0.113.9/Streaming/Channels/101");
        assertThat(refusal(() -> registry.apply(request, channel, false))).isEqualTo(Status.CONFLICT);
        assertThat(channel.getPrimaryStreamUrl()).isEqualTo(HOME);
    }

    @Test
    void aNewSnapshotAddressCountsLikeANewStreamAddress() {
        Camera camera = stored(PASSWORD);
        CameraSettings request = CameraSettings.of(camera);
        request.snapshotUrl = "http://198.51.100.7/snap.jpg";
        assertThat(refusal(() -> registry.apply(request, camera, false))).isEqualTo(Status.CONFLICT);
    }

    @Test
    void changesCredentialsTellsATypedAgainPasswordFromANewOne() {
        Camera camera = stored(PASSWORD);
        CameraSettings same = new CameraSettings();
        same.username = "admin";
        same.password = PASSWORD;
        assertThat(CameraRegistry.Credentials.resolve(same, camera, vault).changes()).isFalse();
        assertThat(CameraRegistry.Credentials.resolve(same, camera, vault).toString()).doesNotContain(PASSWORD);
        same.password = PASSWORD.substring(1);
        assertThat(CameraRegistry.Credentials.resolve(same, camera, vault).changes()).isTrue();
        same.password = null;
        same.username = "operator";
        assertThat(CameraRegistry.Credentials.resolve(same, camera, vault).changes()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource({
            "rtsp, primaryStreamUrl, ftp://192.0.2.10/stream, 'primaryStreamUrl: rtsp cameras take rtsp, rtsps URLs, not ftp://'",
            ", primaryStreamUrl, ftp://192.0.2.10/stream, 'primaryStreamUrl: rtsp cameras take rtsp, rtsps URLs, not ftp://'",
            "rtsp, secondaryStreamUrl, http://192.0.2.10/live.m3u8, 'secondaryStreamUrl: rtsp cameras take rtsp, rtsps URLs, not http://'",
            "hls, primaryStreamUrl, rtsp://192.0.2.10/live, 'primaryStreamUrl: hls cameras take http, https URLs, not rtsp://'",
            "nvr, snapshotUrl, rtsp://192.0.2.10/snap, 'snapshotUrl: nvr cameras take http, https URLs, not rtsp://'",
            "cloud_api, snapshotUrl, https://192.0.2.10/snap.jpg, 'snapshotUrl: cloud_api cameras take no snapshotUrl, not https://'",
            "usb, primaryStreamUrl, file:///srv/media/clip.mp4, 'primaryStreamUrl: usb cameras take usb URLs, not file://'"})
    void aUrlWhoseSchemeTheTypeDoesNotHandleIs400NamingFieldSchemeAndTheAcceptedOnes(String type, String field,
            String url, String detail) {
        CameraSettings request = new CameraSettings();
        request.name = "Wrong scheme";
        request.connectionType = type;
        request.ipAddress = "192.0.2.10";
        switch (field) {
            case "primaryStreamUrl" -> request.primaryStreamUrl = url;
            case "secondaryStreamUrl" -> request.secondaryStreamUrl = url;
            default -> request.snapshotUrl = url;
        }
        Camera camera = new Camera("Wrong scheme");
        assertThatThrownBy(() -> registry.apply(request, camera, true))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(Status.BAD_REQUEST);
                    assertThat(e.getMessage()).startsWith(detail);
                });
        assertThat(camera.getConnectionType()).as("nothing written").isNull();
    }

    @ParameterizedTest
    @EnumSource(ConnectionType.class)
    void everyTypeTakesEachOfItsOwnSchemes(ConnectionType type) {
        for (String scheme : type.streamSchemes()) {
            CameraSettings request = new CameraSettings();
            request.name = type.wireName() + " over " + scheme;
            request.connectionType = type.wireName();
            request.primaryStreamUrl = scheme + "://" + (scheme.equals("file") || scheme.equals("usb") ? "" : "h")
                    + "/stream";
            type.snapshotSchemes().stream().findFirst().ifPresent(s -> request.snapshotUrl = s + "://"
                    + (s.equals("file") ? "" : "h") + "/snap.jpg");
            Camera camera = new Camera(request.name);
            registry.apply(request, camera, true);
            assertThat(camera.getConnectionType()).isEqualTo(type);
        }
    }

    @Test
    void aPairTheTableTakesButNoRegisteredChannelServesIs400NamingIt() {
        registry.channels = CameraChannels.of(ChannelRegistry.standard()); // the webhooks feature registered nothing
        CameraSettings request = new CameraSettings();
        request.name = "Unserved";
        request.connectionType = "webhook";
        request.primaryStreamUrl = "webhook://receiver/7";
        Camera camera = new Camera(request.name);

        assertThatThrownBy(() -> registry.apply(request, camera, true))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(Status.BAD_REQUEST);
                    assertThat(e.getMessage()).startsWith(
                            "primaryStreamUrl: no channel of this version serves webhook cameras over webhook://");
                });
        assertThat(camera.getConnectionType()).as("nothing written").isNull();
    }
}
