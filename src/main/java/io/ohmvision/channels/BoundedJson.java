package io.ohmvision.channels;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;

/**
 * Reads a JSON object a peer sent (a camera's push, a cloud API's answer) with its nesting bounded before the parser
 * sees it: one linear pass counts brackets outside strings, so a body of ten thousand '[' is a clear refusal instead
 * of whatever the JSON-P implementation does with it (Parsson 1.1 throws a plain RuntimeException past 1,000 levels;
 * a recursive reader would exhaust the stack).
 */
public final class BoundedJson {

    /** Camera events and Google's answers nest 4 or 5 deep. */
    public static final int MAX_DEPTH = 32;

    private BoundedJson() {
    }

    /** @throws JsonException when the body nests deeper than {@value #MAX_DEPTH}, is not JSON or not an object */
    public static JsonObject readObject(byte[] body) {
        checkDepth(body);
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        }
    }

    private static void checkDepth(byte[] body) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (inString) {
                if (b == '\\') {
                    i++; // the escaped character, a quote included
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new JsonException("JSON nested deeper than " + MAX_DEPTH + " levels");
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
    }
}
