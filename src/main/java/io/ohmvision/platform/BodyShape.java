package io.ohmvision.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields a request body type accepts, as JSON-B binds them (a record's components, a class's public fields), with
 * their {@link JsonAlias aliases} and the shapes of nested OhmVision types. It checks a parsed body before it is bound:
 * an unknown field is an error naming it (with the closest known name when one is near), never silently dropped as
 * JSON-B would; aliases are renamed to the field's own name.
 */
final class BodyShape {

    private static final Map<Class<?>, BodyShape> SHAPES = new ConcurrentHashMap<>();
    private static final String OWN_PACKAGE = "io.ohmvision.";

    /** A known field: its own name and, for a nested OhmVision type (alone or in a collection), that type's shape. */
    private record Property(String name, Class<?> nested) {
    }

    private final Map<String, Property> byName = new LinkedHashMap<>();
    private final Map<String, Property> byAlias = new HashMap<>();

    private BodyShape(Class<?> type) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                add(component.getName(), component.getGenericType(), component.getAnnotation(JsonAlias.class));
            }
            return;
        }
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(JsonbTransient.class)) {
                add(field.getName(), field.getGenericType(), field.getAnnotation(JsonAlias.class));
            }
        }
    }

    /** Whether bodies of this type are checked: OhmVision's own types (free-form JSON and byte bodies are not). */
    static boolean applies(Class<?> type) {
        return type.getName().startsWith(OWN_PACKAGE) && !type.isEnum() && !type.isInterface();
    }

    static BodyShape of(Class<?> type) {
        return SHAPES.computeIfAbsent(type, BodyShape::new);
    }

    private void add(String name, Type type, JsonAlias aliases) {
        Property property = new Property(name, nestedType(type));
        byName.put(name, property);
        if (aliases != null) {
            for (String alias : aliases.value()) {
                byAlias.put(alias, property);
            }
        }
    }

    /** The OhmVision type a field holds, alone or as the elements of a collection; null for anything else. */
    private static Class<?> nestedType(Type type) {
        if (type instanceof Class<?> plain) {
            Class<?> element = plain.isArray() ? plain.getComponentType() : plain;
            return applies(element) ? element : null;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return nestedType(generic.getActualTypeArguments()[0]);
        }
        return null;
    }

    /**
     * The body with every alias renamed to its field's name, or the errors found (every unknown field, every field
     * given twice), each named by its path in the body.
     */
    JsonValue normalise(JsonValue body, List<Problem.FieldError> errors) {
        return body instanceof JsonObject object ? normalise(object, "", errors) : body;
    }

    private JsonObject normalise(JsonObject body, String path, List<Problem.FieldError> errors) {
        Map<String, JsonValue> renamed = new LinkedHashMap<>();
        Map<String, String> givenAs = new HashMap<>();
        body.forEach((key, value) -> {
            Property property = Optional.ofNullable(byName.get(key)).orElse(byAlias.get(key));
            if (property == null) {
                errors.add(new Problem.FieldError(path + key, unknown(key)));
                return;
            }
            String earlier = givenAs.putIfAbsent(property.name(), key);
            // a null under another name says nothing (generated clients send every property they know, null or not)
            if (earlier != null && value != JsonValue.NULL && renamed.get(property.name()) != JsonValue.NULL) {
                errors.add(new Problem.FieldError(path + key, "the same field as '" + earlier
                        + "': give '" + property.name() + "' once"));
                return;
            }
            if (earlier == null || value != JsonValue.NULL) {
                renamed.put(property.name(), property.nested() == null ? value
                        : nested(of(property.nested()), value, path + property.name(), errors));
            }
        });
        JsonObjectBuilder checked = Json.createObjectBuilder();
        renamed.forEach(checked::add);
        return checked.build();
    }

    private static JsonValue nested(BodyShape shape, JsonValue value, String path, List<Problem.FieldError> errors) {
        if (value instanceof JsonObject object) {
            return shape.normalise(object, path + ".", errors);
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder elements = Json.createArrayBuilder();
            for (int i = 0; i < array.size(); i++) {
                elements.add(nested(shape, array.get(i), path + "[" + i + "]", errors));
            }
            return elements.build();
        }
        return value; // a wrong kind of value is JSON-B's to refuse
    }

    private String unknown(String key) {
        return closest(key).map(name -> "unknown field; did you mean '" + name + "'?")
                .orElse("unknown field; known fields: " + String.join(", ", byName.keySet()));
    }

    /**
     * The known name a client most likely meant: the same letters in another case or separated differently
     * ({@code IPAddress}, {@code primary-stream-url}), or within a few typing errors ({@code connectionTyp}).
     */
    Optional<String> closest(String key) {
        String wanted = letters(key);
        int tolerance = Math.max(2, wanted.length() / 4);
        return byName.keySet().stream()
                .map(name -> Map.entry(name, EditDistance.between(wanted, letters(name))))
                .filter(distance -> distance.getValue() <= tolerance)
                .min(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    private static String letters(String name) {
        return name.replaceAll("[_\\-\\s]", "").toLowerCase(Locale.ROOT);
    }
}
