package io.ohmvision.testing;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Request bodies for the API tests. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** A flat JSON object from name/value pairs (numbers stay numbers). */
    public static String json(Object... pairs) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value instanceof Number n) {
                object.add((String) pairs[i], n.longValue());
            } else {
                object.add((String) pairs[i], String.valueOf(value));
            }
        }
        return object.build().toString();
    }
}
