package io.ohmvision.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.catalog.control.AliasMatcher;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.catalog.control.MacVendorLookup;
import io.ohmvision.catalog.control.OnvifVendorMatcher;
import io.ohmvision.catalog.control.OuiRegistry;
import io.ohmvision.catalog.entity.Recognition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** ONVIF replies under replies/onvif: ProbeMatches (scopes) and GetDeviceInformation responses (Manufacturer). */
class OnvifVendorMatcherTest {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();
    private static final AliasMatcher ALIASES = new AliasMatcher(CATALOG);
    private static final OnvifVendorMatcher MATCHER = new OnvifVendorMatcher(ALIASES,
            new MacVendorLookup(OuiRegistry.loadBundled(OnvifVendorMatcherTest.class.getClassLoader()), ALIASES));

    static Stream<Arguments> replies() {
        return CapturedReplies.arguments("onvif");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void recognisesTheManufacturerOfEachCapturedReply(String file, String expected, String xml) throws Exception {
        Document reply = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        List<Recognition> found = MATCHER.recognise(text(reply, "Manufacturer"), scopes(reply));

        if (expected.equals("none")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).manufacturerId()).isEqualTo(expected);
        }
    }

    @Test
    void poolsEvidenceFromNameAndMacScopes() {
        List<Recognition> found = MATCHER.recognise(null, List.of(
                "onvif://www.onvif.org/name/HIKVISION%20DS-2CD2143G0-I",
                "onvif://www.onvif.org/MacAddress/44:19:b6:12:34:56",
                "onvif://www.onvif.org/Profile/Streaming"));

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.manufacturerId()).isEqualTo("hikvision");
            assertThat(r.evidence()).extracting(e -> e.kind()).containsExactly("onvif.scope", "mac-oui");
        });
    }

    @Test
    void worksWithoutARegistry() {
        OnvifVendorMatcher withoutMacs = new OnvifVendorMatcher(ALIASES, null);

        assertThat(withoutMacs.recognise("Dahua", List.of("onvif://www.onvif.org/MacAddress/ec71db001122")))
                .extracting(Recognition::manufacturerId).containsExactly("dahua");
    }

    private static String text(Document reply, String localName) {
        var nodes = reply.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    private static List<String> scopes(Document reply) {
        String scopes = text(reply, "Scopes");
        return scopes == null ? List.of() : Arrays.asList(scopes.trim().split("\\s+"));
    }
}
