package io.ohmvision.catalog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.catalog.control.CatalogException;
import io.ohmvision.catalog.control.CatalogLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each case is a directory under src/test/resources/catalog/malformed with one broken catalogue. */
class CatalogValidationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad-connection-type|axis.json: templates[2].connectionType 'rtspx' is not one of rtsp, rtmp, onvif, http",
            "unknown-placeholder|axis.json: templates[1].url 'rtsp://{host}:{port}/ch{chanel}': placeholder {chanel} is not one of",
            "port-out-of-range|axis.json: ports[0].port 70000 is not within 1..65535",
            "missing-sources|axis.json: templates[0].sources is missing",
            "unknown-source|axis.json: templates[1].sources[0] 'S99' is not a source id",
            "missing-display-name|axis.json: displayName is missing",
            "bad-regex|axis.json: fingerprints[0].match.http.server 'App-webs/(' is not a valid regular expression",
            "unknown-fingerprint-field|axis.json: fingerprints[0].match.ftp.banner is not one of http.server",
            "unknown-oem|axis.json: oemOf[0].manufacturer 'nobody' is not another manufacturer",
            "undeclared-port|axis.json: templates[0].port 'http' is not a port of this profile (rtsp)",
            "stream-missing|axis.json: templates[0].stream is missing",
            "verified-not-boolean|axis.json: templates[0].verified is \"yes\", expected true or false",
            "id-not-file-name|axis.json: id 'bosch' does not match the file name 'axis.json'",
            "duplicate-id|index.json: manufacturers[1] 'axis' is listed twice",
            "missing-file|index.json: manufacturers[0] 'axis' has no file catalog/malformed/missing-file/axis.json",
            "not-json|axis.json: is not a JSON object",
            "unknown-field|axis.json: templates[1].rol is not a known field (connectionType, role, url",
    })
    void namesFileAndField(String directory, String expected) {
        CatalogLoader loader = new CatalogLoader(getClass().getClassLoader(), "catalog/malformed/" + directory);

        assertThatThrownBy(loader::load).isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("catalog/malformed/" + directory + "/")
                .hasMessageContaining(expected);
    }
}
