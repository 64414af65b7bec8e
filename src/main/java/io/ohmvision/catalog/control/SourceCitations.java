package io.ohmvision.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What the source ids of the catalogue (S1..S38) stand for, from {@code catalog/sources.json}. */
public final class SourceCitations {

    static final String RESOURCE = "catalog/sources.json";

    private final Map<String, String> titles;

    private SourceCitations(Map<String, String> titles) {
        this.titles = Map.copyOf(titles);
    }

    public static SourceCitations load(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogException(RESOURCE, "", "is missing from the class path");
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject sources = reader.readObject().getJsonObject("sources");
                Map<String, String> titles = new TreeMap<>();
                sources.forEach((id, title) -> titles.put(id, sources.getString(id)));
                return new SourceCitations(titles);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<String> title(String sourceId) {
        return Optional.ofNullable(titles.get(sourceId));
    }

    public int size() {
        return titles.size();
    }
}
