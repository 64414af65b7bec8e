package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.TestPaths;
import io.restassured.http.ContentType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API document the server serves is the one the build validated and generated the test client from
 * (src/test/resources/openapi/ohmvision.json): an API change without the document's update fails here, with the new
 * document written for review. {@code -Dohmvision.openapi.update=true} writes it over the kept one instead.
 */
class OpenApiContractIT {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    static final Path KEPT = TestPaths.projectDirectory().resolve("src/test/resources/openapi/ohmvision.json");

    @Test
    void theServedDocumentIsTheOneTheClientWasGeneratedFrom() throws IOException {
        JsonObject served = comparable(SERVER.anonymous().accept(ContentType.JSON).get("/openapi").then()
                .statusCode(200).extract().asString());
        if (Boolean.getBoolean("ohmvision.openapi.update")) {
            Files.writeString(KEPT, pretty(served));
        }
        Path review = TestPaths.target().resolve("openapi").resolve("ohmvision.json");
        Files.createDirectories(review.getParent());
        Files.writeString(review, pretty(served));

        assertThat(served).as("the served document differs from %s: if the change is meant, copy %s over it (or run "
                + "this test with -Dohmvision.openapi.update=true)", KEPT, review)
                .isEqualTo(comparable(Files.readString(KEPT)));
    }

    /** Without what differs from one server to another (its URL) and with tags in name order. */
    static JsonObject comparable(String document) {
        JsonObject parsed = Json.createReader(new StringReader(document)).readObject();
        JsonArrayBuilder tags = Json.createArrayBuilder();
        parsed.getJsonArray("tags").getValuesAs(JsonObject.class).stream()
                .sorted(Comparator.comparing(tag -> tag.getString("name"))).forEach(tags::add);
        return Json.createObjectBuilder(parsed).remove("servers").add("tags", tags).build();
    }

    /** Keys in order and indented, so that a change to the kept document reads well in a diff. */
    static String pretty(JsonObject document) {
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)
                .write(sorted(document));
        return out.toString().strip() + "\n";
    }

    private static JsonValue sorted(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder builder = Json.createObjectBuilder();
            new TreeMap<>(object).forEach((key, member) -> builder.add(key, sorted(member)));
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder builder = Json.createArrayBuilder();
            array.forEach(item -> builder.add(sorted(item)));
            return builder.build();
        }
        return value;
    }
}
