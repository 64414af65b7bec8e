package io.ohmvision.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Request bodies for the API tests. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** A flat JSON object from name/value pairs (numbers stay numbers, lists become arrays). */
    public static String json(Object... pairs) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value instanceof Number n) {
                object.add((String) pairs[i], n.longValue());
            } else if (value instanceof List<?> list) {
                object.add((String) pairs[i], array(list));
            } else {
                object.add((String) pairs[i], String.valueOf(value));
            }
        }
        return object.build().toString();
    }

    private static JsonArrayBuilder array(List<?> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v instanceof Number n) {
                array.add(n.longValue());
            } else {
                array.add(String.valueOf(v));
            }
        });
        return array;
    }
}
