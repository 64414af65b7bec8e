package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.catalog.control.PathTemplateMatcher;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.testing.StoredCameras;
import org.junit.jupiter.api.Test;

/** The rows the previous version (v3) wrote, as its shapes come: completed once, rtsp_url left as v3 reads it. */
class LegacyCameraCompletionTest {

    /** '@', ':' and '#' percent-encoded, as a URL must carry them. */
    private static final String ENCODED_URL =
            "rtsp://admin:p%40ss%3Aw%23rd@192.168.1.64:554/Streaming/Channels/101";
    private static final String ENCODED_PASSWORD = "p@ss:w#rd";

    private final CredentialVault vault = TestVault.create();

    private LegacyCameraCompletion completion(boolean v3Retired) {
        LegacyCameraCompletion completion = new LegacyCameraCompletion();
        completion.vault = vault;
        completion.manufacturers = new PathTemplateMatcher(CatalogLoader.loadDefault());
        completion.v3Retired = v3Retired;
        return completion;
    }

    @Test
    void percentEncodedCredentialsMoveIntoTheSealedPasswordAndRtspUrlStaysAsV3WroteIt() {
        Camera camera = StoredCameras.writtenByV3("gate", ENCODED_URL, "192.168.1.64", 554);

        assertThat(completion(false).complete(camera)).isTrue();

        assertThat(camera.getConnectionType()).isEqualTo(ConnectionType.RTSP);
        assertThat(camera.getPrimaryStreamUrl()).isEqualTo("rtsp://192.168.1.64:554/Streaming/Channels/101");
        assertThat(camera.getManufacturer()).isEqualTo("hikvision");
        assertThat(camera.getUsername()).isEqualTo("admin");
        assertThat(vault.open(camera.getEncryptedPassword())).isEqualTo(ENCODED_PASSWORD);
        assertThat(camera.getRtspUrl()).isEqualTo(ENCODED_URL);
    }

    @Test
    void credentialsTypedRawAreFoundToo() {
        Camera camera = StoredCameras.writtenByV3("raw", "rtsp://admin:p@ss:w/rd#1@10.0.0.5/h264Preview_01_main",
                "10.0.0.5", 554);

        completion(false).complete(camera);

        assertThat(vault.open(camera.getEncryptedPassword())).isEqualTo("p@ss:w/rd#1");
        assertThat(camera.getPrimaryStreamUrl()).isEqualTo("rtsp://10.0.0.5/h264Preview_01_main");
        assertThat(camera.getManufacturer()).isEqualTo("reolink");
    }

    @Test
    void aNullAddressAndPortComeFromTheUrlAndAnUnknownPathIsGeneric() {
        Camera camera = StoredCameras.writtenByV3("no-address", "rtsp://10.0.0.8:8554/live", null, null);

        completion(false).complete(camera);

        assertThat(camera.getIpAddress()).isEqualTo("10.0.0.8");
        assertThat(camera.getPort()).isEqualTo(8554);
        assertThat(camera.getManufacturer()).isEqualTo("generic-rtsp");
        assertThat(camera.hasPassword()).isFalse();
        assertThat(camera.getUsername()).isNull();
    }

    @Test
    void aNullPortWithoutOneInTheUrlIsRtspsDefaultAndV3sOwnAddressIsKept() {
        Camera camera = StoredCameras.writtenByV3("dahua",
                "rtsp://operator:s3cret@10.0.0.7/cam/realmonitor?channel=1&subtype=0", "cam-7.site.example", null);

        completion(false).complete(camera);

        assertThat(camera.getPort()).isEqualTo(554);
        assertThat(camera.getIpAddress()).isEqualTo("cam-7.site.example");
        assertThat(camera.getManufacturer()).isEqualTo("dahua");
    }

    @Test
    void aCompletedRowIsLeftAloneAlthoughItsRtspUrlStillHoldsCredentials() {
        Camera camera = StoredCameras.writtenByV3("gate", ENCODED_URL, null, null);
        LegacyCameraCompletion completion = completion(false);
        completion.complete(camera);
        String sealed = camera.getEncryptedPassword();

        assertThat(completion.complete(camera)).isFalse();
        assertThat(camera.getEncryptedPassword()).isEqualTo(sealed);
    }

    @Test
    void onceV3IsRetiredRtspUrlLosesItsCredentialsAfterTheyMovedOut() {
        Camera camera = StoredCameras.writtenByV3("gate", ENCODED_URL, null, null);
        LegacyCameraCompletion completion = completion(true);

        assertThat(completion.complete(camera)).isTrue();

        assertThat(camera.getRtspUrl()).isEqualTo("rtsp://192.168.1.64:554/Streaming/Channels/101");
        assertThat(vault.open(camera.getEncryptedPassword())).isEqualTo(ENCODED_PASSWORD);
        assertThat(completion.complete(camera)).isFalse();
    }

    @Test
    void rowsWithoutAUsableUrlAreLeftAsTheyAre() {
        Camera noUrl = StoredCameras.writtenByV3("no-url", null, "10.0.0.9", 554);
        Camera garbage = StoredCameras.writtenByV3("garbage", "not a url at all", null, null);

        assertThat(completion(false).complete(noUrl)).isFalse();
        assertThat(completion(false).complete(garbage)).isFalse();

        assertThat(noUrl.getConnectionType()).isNull();
        assertThat(garbage.getConnectionType()).isNull();
        assertThat(garbage.getRtspUrl()).isEqualTo("not a url at all");
    }
}
