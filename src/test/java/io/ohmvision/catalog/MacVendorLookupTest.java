package io.ohmvision.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.catalog.control.AliasMatcher;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.catalog.control.MacVendorLookup;
import io.ohmvision.catalog.control.OuiRegistry;
import io.ohmvision.catalog.entity.Recognition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs against the real IEEE registry: the build copies Debian's ieee-data CSVs into target/classes/ieee-data
 * (pom: bundle-ieee-registry). Sample prefixes are the ones camera-facts.md section 2.1 lists that the 2022
 * registry snapshot contains.
 */
class MacVendorLookupTest {

    private static final Path BUILD_COPY = Path.of("target/classes/ieee-data");
    private static OuiRegistry registry;
    private static MacVendorLookup lookup;

    @BeforeAll
    static void loadRegistry() {
        if (!Files.isReadable(BUILD_COPY.resolve("oui.csv"))) {
            throw new IllegalStateException("The IEEE registry is missing from " + BUILD_COPY.toAbsolutePath()
                    + ": install Debian's ieee-data package (apt-get install ieee-data) and rebuild");
        }
        registry = OuiRegistry.loadBundled(MacVendorLookupTest.class.getClassLoader());
        lookup = new MacVendorLookup(registry, new AliasMatcher(CatalogLoader.loadDefault()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "44:19:B6:00:00:01, hikvision", "4c-bd-8f-12-34-56, hikvision", "BCAD28123456, hikvision",
            "C0:56:E3:AA:BB:CC, hikvision", "04:03:12:00:00:00, hikvision",
            "08:ED:ED:01:02:03, dahua", "3C:EF:8C:01:02:03, dahua", "9C:8E:CD:01:02:03, amcrest",
            "00:1F:54:01:02:03, lorex", "00:40:8C:01:02:03, axis", "AC:CC:8E:01:02:03, axis",
            "00:01:31:01:02:03, bosch", "00:09:18:01:02:03, hanwha", "E4:30:22:01:02:03, hanwha",
            "48:EA:63:2F:C0:1E, uniview", "00:02:D1:01:02:03, vivotek", "00:03:C5:01:02:03, mobotix",
            "EC:71:DB:01:02:03, reolink", "00:0A:EB:01:02:03, tp-link", "00:31:92:01:02:03, tp-link",
            "00:9E:C8:01:02:03, xiaomi", "00:01:4A:01:02:03, sony", "D4:2D:C5:01:02:03, panasonic",
            "24:5A:4C:01:02:03, ubiquiti-unifi", "BC:51:FE:01:02:03, swann", "00:0B:82:01:02:03, grandstream",
            "00:13:E2:01:02:03, geovision", "24:E1:24:01:02:03, milesight", "00:0A:13:01:02:03, honeywell",
            "2C:AA:8E:01:02:03, wyze", "54:E0:19:01:02:03, amazon-ring", "18:B4:30:01:02:03, google-nest",
            "3C:DA:6D:01:02:03, tiandy",
    })
    void recognisesCameraVendorsFromTheRegistry(String mac, String manufacturer) {
        Recognition recognition = lookup.recognise(mac).orElseThrow();

        assertThat(recognition.manufacturerId()).isEqualTo(manufacturer);
        assertThat(recognition.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("mac-oui");
            assertThat(e.rule()).startsWith("MA-L ");
            assertThat(e.sources()).containsExactly("S25");
        });
    }

    @Test
    void longestPrefixWins() {
        // 10:DC:B6 is an IEEE-owned MA-L block split into MA-M blocks (F is unassigned); 10:DC:B6:5 is Milesight Taiwan
        assertThat(registry.lookup("10:DC:B6:F0:00:00")).get()
                .satisfies(a -> assertThat(a.organization()).isEqualTo("IEEE Registration Authority"));
        assertThat(registry.lookup("10:DC:B6:51:22:33")).get()
                .satisfies(a -> assertThat(a.organization()).isEqualTo("Milesight Taiwan"));
        assertThat(lookup.recognise("10:DC:B6:51:22:33")).get()
                .satisfies(r -> assertThat(r.manufacturerId()).isEqualTo("milesight"));
        // 70:B3:D5:65:2 is an MA-S block
        assertThat(registry.lookup("70:B3:D5:65:2A:BC")).get().satisfies(a -> assertThat(a.registry()).isEqualTo("MA-S"));
    }

    @Test
    void wordsSharedWithOtherCompaniesDoNotMatch() {
        assertThat(registry.lookup("40:2C:76:1A:BC:DE")).get()
                .satisfies(a -> assertThat(a.organization()).isEqualTo("Shanghai Dahua Scale Factory"));
        assertThat(lookup.recognise("40:2C:76:1A:BC:DE")).isEmpty();
        assertThat(lookup.recognise("00:50:A1:01:02:03")).as("CARLO GAVAZZI is not Arlo").isEmpty();
        assertThat(lookup.recognise("00:0D:5C:01:02:03")).as("Robert Bosch GmbH is not Bosch Security").isEmpty();
    }

    @Test
    void unknownAndMalformedAddressesGiveNothing() {
        assertThat(lookup.recognise("not a mac")).isEmpty();
        assertThat(lookup.recognise("")).isEmpty();
        assertThat(lookup.recognise(null)).isEmpty();
    }

    @Test
    void loadsFromAConfiguredDirectory(@TempDir Path directory) throws IOException {
        for (String name : new String[] {"oui.csv", "mam.csv", "oui36.csv"}) {
            Files.copy(BUILD_COPY.resolve(name), directory.resolve(name));
        }
        assertThat(OuiRegistry.load(directory).size()).isEqualTo(registry.size()).isGreaterThan(40_000);
    }

    @Test
    void aMissingRegistrySaysWhatToInstall(@TempDir Path empty) {
        assertThatThrownBy(() -> OuiRegistry.load(empty)).hasMessageContaining("apt-get install ieee-data");
        ClassLoader nothingBundled = new ClassLoader(null) {
        };
        assertThatThrownBy(() -> OuiRegistry.loadDirectoryOrBundled(empty, nothingBundled))
                .hasMessageContaining("apt-get install ieee-data");
    }

    @Test
    void fallsBackToTheBundledCopyWhenTheDirectoryHasNone(@TempDir Path empty) {
        OuiRegistry bundled = OuiRegistry.loadDirectoryOrBundled(empty, getClass().getClassLoader());

        assertThat(bundled.size()).isEqualTo(registry.size());
    }
}
