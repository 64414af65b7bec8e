package io.ohmvision.platform;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every JSON request body bound to one of OhmVision's types is checked against that type before JSON-B binds it: a
 * field the type does not have is a 400 naming it (JSON-B would drop it, and a misspelled {@code connectionTyp} would
 * quietly create a camera with defaults), and the names older clients send ({@link JsonAlias}) are renamed. The body
 * is read whole (BodySizeLimit has bounded it), checked and handed on as the renamed JSON.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())
                || !BodyShape.applies(context.getType())) {
            return context.proceed();
        }
        String body = new String(context.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!body.isBlank()) {
            List<Problem.FieldError> errors = new ArrayList<>();
            JsonValue checked = BodyShape.of(context.getType()).normalise(parse(body), errors);
            if (!errors.isEmpty()) {
                throw ProblemException.invalidFields(describe(errors), errors);
            }
            body = checked.toString();
        }
        context.setInputStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        return context.proceed();
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw ProblemException.badRequest("Malformed JSON body: " + e.getMessage());
        }
    }

    private static String describe(List<Problem.FieldError> errors) {
        Problem.FieldError first = errors.get(0);
        String more = errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more, listed in errors)";
        return "'" + first.field() + "': " + first.message() + more;
    }
}
