package io.ohmvision.cameras;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.control.AesGcmCipher;
import io.ohmvision.cameras.control.CredentialKey;
import io.ohmvision.testing.LegacyRows;
import io.ohmvision.testing.OnPostgres;
import io.ohmvision.testing.RunningServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A PostgreSQL deployment started without OHMVISION_ADMIN_PASSWORD, killed with SIGKILL and started again: the
 * generated admin password works and is printed only once, stored cameras survive, rows written the old way are
 * completed, and every secret at rest is AES-GCM ciphertext that the data directory's key opens (the previous
 * version is declared retired, so the rtsp_url it wrote keeps no credentials either).
 */
@OnPostgres
class CamerasSurviveACrashIT {

    private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");
    private static final String PASSWORD = "crash-Test:p@ss/#1";

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.onPostgresWithGeneratedAdmin("crash-pg")
            .withEnvironment("OHMVISION_LEGACY_V3_RETIRED", "true");

    @Test
    void everythingStoredSurvivesAKillAndLegacyRowsAreCompletedAtTheNextStart() throws Exception {
        Matcher generated = GENERATED.matcher(SERVER.payara().logText());
        assertThat(generated.find()).as("the first start prints the generated admin password").isTrue();
        String adminPassword = generated.group(1);

        long id = SERVER.apiAs("admin", adminPassword)
                .cameras().create(json("name", "Survivor", "ipAddress", "10.0.0.50", "username", "admin",
                        "password", PASSWORD))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        try (Connection connection = SERVER.database().connect()) {
            LegacyRows.insert(connection);
        }

        SERVER.crashAndRestart();

        assertThat(SERVER.payara().logText()).doesNotContain("generated password");
        SERVER.apiAs("admin", adminPassword).cameras().get(id).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Survivor"))
                .body("hasPassword", org.hamcrest.Matchers.equalTo(true));
        SERVER.apiAs("admin", adminPassword).cameras().list("size=500").then()
                .body("items.find { it.name == 'legacy-hikvision' }.username", org.hamcrest.Matchers.equalTo("admin"));

        AesGcmCipher cipher = new AesGcmCipher(CredentialKey.loadOrCreate(SERVER.dataDir().resolve("credentials.key")));
        Map<String, String> passwords = new HashMap<>();
        try (Connection connection = SERVER.database().connect(); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select name, password, rtsp_url, primary_stream_url from cameras")) {
            while (rows.next()) {
                String stored = rows.getString("password");
                if (stored != null) {
                    assertThat(stored).startsWith("v1:");
                    passwords.put(rows.getString("name"), cipher.decrypt(stored));
                }
                assertThat(String.valueOf(rows.getString("primary_stream_url"))).doesNotContain("@");
                if (!"legacy-garbage".equals(rows.getString("name"))) {
                    assertThat(String.valueOf(rows.getString("rtsp_url"))).doesNotContain("@");
                }
            }
        }
        assertThat(passwords).containsEntry("Survivor", PASSWORD)
                .containsEntry("legacy-hikvision", LegacyRows.HIKVISION_PASSWORD)
                .containsEntry("legacy-encoded", LegacyRows.ENCODED_PASSWORD)
                .containsEntry("legacy-plain-password", LegacyRows.PLAIN_COLUMN_PASSWORD);
        assertThat(SERVER.payara().allLogs()).doesNotContain(PASSWORD).doesNotContain(LegacyRows.HIKVISION_PASSWORD);
    }
}
