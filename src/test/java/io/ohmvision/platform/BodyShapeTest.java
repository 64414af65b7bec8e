package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyShapeTest {

    /** Public fields, as JSON-B binds a class; one with two aliases. */
    public static class Gate {
        public String name;
        @JsonAlias({"primary_stream_url", "rtsp_url"})
        public String primaryStreamUrl;
        public JsonObject connectionConfig;
        public List<Lens> lenses;
        public Lens main;
        public static String notAField;
    }

    public record Lens(@JsonAlias("focal_length") Integer focalLength, String kind) {
    }

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private JsonValue check(String json) {
        return BodyShape.of(Gate.class).normalise(Json.createReader(new StringReader(json)).readValue(), errors);
    }

    @Test
    void aliasesAreRenamedToTheFieldAndKnownFieldsPassAsTheyAre() {
        JsonValue checked = check("""
                {"name": "Gate", "rtsp_url": "rtsp://admin:pw@192.0.2.10/stream1", "connectionConfig": {"any": 1}}""");

        assertThat(errors).isEmpty();
        assertThat(checked.asJsonObject()).containsOnlyKeys("name", "primaryStreamUrl", "connectionConfig");
        assertThat(checked.asJsonObject().getString("primaryStreamUrl"))
                .isEqualTo("rtsp://admin:pw@192.0.2.10/stream1");
        assertThat(checked.asJsonObject().getJsonObject("connectionConfig").getInt("any")).as("free-form: unchecked")
                .isEqualTo(1);
    }

    @Test
    void anUnknownFieldIsAnErrorNamingTheFieldMeant() {
        check("""
                {"name": "Gate", "connectionTyp": "rtsp", "PRIMARY-STREAM-URL": "x"}""");

        assertThat(errors).extracting(Problem.FieldError::field).containsExactly("connectionTyp", "PRIMARY-STREAM-URL");
        assertThat(errors.get(0).message()).startsWith("unknown field; known fields: name, primaryStreamUrl");
        assertThat(errors.get(1).message()).isEqualTo("unknown field; did you mean 'primaryStreamUrl'?");
    }

    @Test
    void aTypingErrorIsAnsweredWithTheClosestName() {
        assertThat(BodyShape.of(Gate.class).closest("connectionConfg")).contains("connectionConfig");
        assertThat(BodyShape.of(Gate.class).closest("nmae")).contains("name");
        assertThat(BodyShape.of(Gate.class).closest("password")).isEmpty();
    }

    @Test
    void aFieldGivenUnderTwoOfItsNamesIsRefused() {
        check("""
                {"primaryStreamUrl": "rtsp://192.0.2.10/a", "rtsp_url": "rtsp://192.0.2.10/b"}""");

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("rtsp_url");
            assertThat(error.message()).contains("'primaryStreamUrl'");
        });
    }

    @Test
    void aNullUnderAnotherNameSaysNothing() {
        JsonValue checked = check("""
                {"rtsp_url": null, "primaryStreamUrl": "rtsp://192.0.2.10/a", "primary_stream_url": null}""");

        assertThat(errors).isEmpty();
        assertThat(checked.asJsonObject().getString("primaryStreamUrl")).isEqualTo("rtsp://192.0.2.10/a");
    }

    @Test
    void nestedTypesAreCheckedAndRenamedAlongTheirPath() {
        JsonValue checked = check("""
                {"main": {"focal_length": 4, "kind": "wide"},
                 "lenses": [{"kind": "tele"}, {"focal": 8}]}""");

        assertThat(errors).extracting(Problem.FieldError::field).containsExactly("lenses[1].focal");
        assertThat(checked.asJsonObject().getJsonObject("main").getInt("focalLength")).isEqualTo(4);
    }

    @Test
    void staticFieldsAreNotFieldsOfTheBody() {
        check("""
                {"notAField": 1}""");

        assertThat(errors).extracting(Problem.FieldError::field).containsExactly("notAField");
    }

    @Test
    void onlyOhmVisionsOwnTypesAreChecked() {
        assertThat(BodyShape.applies(Gate.class)).isTrue();
        assertThat(BodyShape.applies(JsonObject.class)).isFalse();
        assertThat(BodyShape.applies(String.class)).isFalse();
        assertThat(BodyShape.applies(byte[].class)).isFalse();
    }
}
