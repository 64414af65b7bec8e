package io.ohmvision.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.catalog.entity.Placeholder;
import io.ohmvision.catalog.entity.RenderRequest;
import io.ohmvision.catalog.entity.RenderedUrl;
import io.ohmvision.catalog.entity.TemplateRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cloud-only brands are reached through the bridges their users run, and their profiles say so: no local stream,
 * a note naming the bridge, and templates that point at the bridge, not at the camera.
 */
class BridgeProfilesTest {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();
    private static final RenderRequest BRIDGE = RenderRequest.forHost("bridge.lan")
            .withParameter(Placeholder.NAME, "front").withParameter(Placeholder.TOKEN, "9f2c41");

    @ParameterizedTest
    @CsvSource({
            "amazon-ring, ring-mqtt,         rtsp://bridge.lan:8554/front_live",
            "wyze,        docker-wyze-bridge, rtsp://bridge.lan:8554/front",
            "arlo,        Scrypted,          rtsp://bridge.lan:8554/9f2c41",
            "eufy,        Scrypted,          rtsp://bridge.lan:8554/9f2c41"})
    void theProfileSaysItIsABridgeAndItsTemplatePointsThere(String id, String bridge, String firstUrl) {
        ManufacturerProfile profile = CATALOG.require(id);
        assertThat(profile.localStreaming().available()).isFalse();
        assertThat(profile.localStreaming().note()).contains(bridge);
        List<RenderedUrl> bridged = CATALOG.candidateUrls(id, BRIDGE).stream()
                .filter(u -> u.template().role() == TemplateRole.BRIDGE).toList();
        assertThat(bridged).isNotEmpty();
        assertThat(bridged.get(0).connectUrl()).isEqualTo(firstUrl);
        assertThat(bridged).allSatisfy(u -> assertThat(u.template().note()).contains("bridge"));
    }

    @Test
    void aNestCameraIsNamedByItsProjectAndDevice() {
        RenderRequest device = RenderRequest.forHost("unused").withParameter(Placeholder.PROJECT_ID, "p-1")
                .withParameter(Placeholder.DEVICE_ID, "AVPHw");
        assertThat(CATALOG.candidateUrls("google-nest", device)).extracting(RenderedUrl::connectUrl)
                .contains("nest://p-1/AVPHw");
    }
}
