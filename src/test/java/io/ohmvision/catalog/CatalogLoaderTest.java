package io.ohmvision.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.catalog.control.UrlRenderer;
import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.catalog.entity.Placeholder;
import io.ohmvision.catalog.entity.RenderRequest;
import io.ohmvision.catalog.entity.RenderedUrl;
import io.ohmvision.catalog.entity.UrlTemplate;
import io.ohmvision.channels.StreamUrl;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogLoaderTest {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();

    @Test
    void loadsEveryShippedProfile() {
        assertThat(CATALOG.all()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(CATALOG.all()).extracting(ManufacturerProfile::id).contains("hikvision", "dahua", "axis", "bosch",
                "hanwha", "avigilon", "uniview", "vivotek", "mobotix", "foscam", "tp-link", "reolink", "xiaomi", "sony",
                "panasonic", "google-nest", "amazon-ring", "arlo", "wyze", "generic-onvif", "generic-rtsp", "amcrest",
                "lorex", "swann", "annke", "ezviz", "ubiquiti-unifi", "grandstream", "geovision", "milesight",
                "honeywell", "xmeye", "eufy", "tiandy");
    }

    @Test
    void everyTemplateNamesItsSources() {
        List<UrlTemplate> templates = CATALOG.all().stream().flatMap(p -> p.templates().stream()).toList();
        assertThat(templates).hasSizeGreaterThan(100).allSatisfy(t -> assertThat(t.sources()).isNotEmpty());
        assertThat(templates).anyMatch(t -> !t.verified());
    }

    @Test
    void everyShippedTemplateRendersToAParseableUrlThatHidesSecrets() {
        RenderRequest request = RenderRequest.forHost("2001:db8::7").withChannel(12)
                .withCredentials("op", "s3cr3t/pw").withParameter(Placeholder.NAME, "yard")
                .withParameter(Placeholder.TOKEN, "t0k3n").withParameter(Placeholder.PROJECT_ID, "proj")
                .withParameter(Placeholder.DEVICE_ID, "dev");
        UrlRenderer renderer = new UrlRenderer();
        for (ManufacturerProfile profile : CATALOG.all()) {
            for (Catalog.OwnedTemplate owned : CATALOG.templatesOf(profile.id())) {
                RenderedUrl url = renderer.render(owned.ownerId(), owned.template(), CATALOG.portNumbersOf(profile.id()),
                        request);
                assertThat(StreamUrl.parse(url.connectUrl())).as(url.toString()).isPresent();
                assertThat(url.maskedUrl()).as(url.toString()).doesNotContain("s3cr3t").doesNotContain("t0k3n");
                assertThat(url.connectUrl()).as(url.toString()).doesNotContain("{");
            }
        }
    }

    @Test
    void cloudOnlyVendorsSayWhatWorksInstead() {
        for (String id : List.of("xiaomi", "google-nest", "amazon-ring", "arlo", "wyze", "eufy")) {
            ManufacturerProfile profile = CATALOG.require(id);
            assertThat(profile.localStreaming().available()).as(id).isFalse();
            assertThat(profile.localStreaming().note()).as(id).isNotBlank();
        }
        assertThat(CATALOG.require("wyze").templates()).extracting(t -> t.url().text())
                .contains("rtsp://{host}:{port}/{name}");
    }

    @Test
    void oemBrandsInheritTheirMakersTemplates() {
        assertThat(CATALOG.require("amcrest").oemOf()).extracting(o -> o.manufacturerId()).containsExactly("dahua");
        assertThat(CATALOG.templatesOf("annke")).extracting(Catalog.OwnedTemplate::ownerId)
                .startsWith("annke").contains("hikvision");
    }
}
