package io.ohmvision.catalog.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A JSON value together with the file and field path it came from, so that every complaint names both.
 * A missing field is represented by a null value.
 */
final class JsonCursor {

    private final String file;
    private final String path;
    private final JsonValue value;

    JsonCursor(String file, String path, JsonValue value) {
        this.file = file;
        this.path = path;
        this.value = value;
    }

    String path() {
        return path;
    }

    boolean isPresent() {
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    CatalogException fail(String problem) {
        return new CatalogException(file, path, problem);
    }

    JsonCursor field(String name) {
        JsonObject object = object();
        return new JsonCursor(file, path.isEmpty() ? name : path + "." + name, object.get(name));
    }

    List<String> fieldNames() {
        return List.copyOf(object().keySet());
    }

    /** Rejects misspelt fields, which would otherwise be ignored silently ("templtes"). */
    JsonCursor allowOnly(String... names) {
        List<String> known = List.of(names);
        for (String name : fieldNames()) {
            if (!known.contains(name)) {
                throw field(name).fail("is not a known field (" + String.join(", ", known) + ")");
            }
        }
        return this;
    }

    /** Elements of a required array. */
    List<JsonCursor> elements() {
        JsonArray array = as(JsonValue.ValueType.ARRAY, "an array").asJsonArray();
        return IntStream.range(0, array.size())
                .mapToObj(i -> new JsonCursor(file, path + "[" + i + "]", array.get(i))).toList();
    }

    /** Elements of an optional array; empty when the field is missing. */
    List<JsonCursor> optionalElements() {
        return isPresent() ? elements() : List.of();
    }

    String string() {
        String text = ((JsonString) as(JsonValue.ValueType.STRING, "a string")).getString();
        if (text.isBlank()) {
            throw fail("is empty");
        }
        return text;
    }

    /** A string that may be empty (a blank default password). */
    String possiblyEmptyString() {
        return ((JsonString) as(JsonValue.ValueType.STRING, "a string")).getString();
    }

    Optional<String> optionalString() {
        return isPresent() ? Optional.of(string()) : Optional.empty();
    }

    List<String> strings() {
        List<String> texts = new ArrayList<>();
        optionalElements().forEach(e -> texts.add(e.string()));
        return texts;
    }

    int integer() {
        JsonNumber number = (JsonNumber) as(JsonValue.ValueType.NUMBER, "an integer");
        if (!number.isIntegral()) {
            throw fail(number + " is not an integer");
        }
        return number.intValueExact();
    }

    boolean bool() {
        if (!isPresent()) {
            throw fail("is missing (expected true or false)");
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw fail("is " + value + ", expected true or false");
    }

    /** true, false, or missing for "unknown". */
    Optional<Boolean> optionalBool() {
        return isPresent() ? Optional.of(bool()) : Optional.empty();
    }

    private JsonObject object() {
        return as(JsonValue.ValueType.OBJECT, "an object").asJsonObject();
    }

    private JsonValue as(JsonValue.ValueType type, String expected) {
        if (!isPresent()) {
            throw fail("is missing (expected " + expected + ")");
        }
        if (value.getValueType() != type) {
            throw fail("is " + value + ", expected " + expected);
        }
        return value;
    }
}
