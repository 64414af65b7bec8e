package io.ohmvision.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Request bodies for the API tests. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** A JSON object from name/value pairs (numbers and booleans stay so, lists become arrays, maps in lists objects). */
    public static String json(Object... pairs) {
        return object(pairs).build().toString();
    }

    private static JsonObjectBuilder object(Object... pairs) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value instanceof Number n) {
                object.add((String) pairs[i], n.longValue());
            } else if (value instanceof Boolean b) {
                object.add((String) pairs[i], b);
            } else if (value instanceof List<?> list) {
                object.add((String) pairs[i], array(list));
            } else if (value instanceof Map<?, ?> map) {
                object.add((String) pairs[i], object(pairsOf(map)));
            } else {
                object.add((String) pairs[i], String.valueOf(value));
            }
        }
        return object;
    }

    private static Object[] pairsOf(Map<?, ?> map) {
        return map.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray();
    }

    private static JsonArrayBuilder array(List<?> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v instanceof Number n) {
                array.add(n.longValue());
            } else if (v instanceof Map<?, ?> map) {
                array.add(object(pairsOf(map)));
            } else {
                array.add(String.valueOf(v));
            }
        });
        return array;
    }
}
