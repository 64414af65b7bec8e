package io.ohmvision.catalog.control;

import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.catalog.entity.OemRelation;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the manufacturer catalogue from the class path: {@code <directory>/index.json} names the profiles (a WAR
 * cannot list its class-path directories reliably), then each {@code <directory>/<id>.json} is read and checked.
 * Any problem fails the whole load with a {@link CatalogException} naming file and field: a half-loaded catalogue
 * would silently miss vendors.
 */
public final class CatalogLoader {

    public static final String DEFAULT_DIRECTORY = "catalog/manufacturers";

    private final ClassLoader classLoader;
    private final String directory;
    private final ProfileReader reader = new ProfileReader();

    public CatalogLoader(ClassLoader classLoader, String directory) {
        this.classLoader = classLoader;
        this.directory = directory;
    }

    /** The catalogue shipped with the application. */
    public static Catalog loadDefault() {
        return new CatalogLoader(CatalogLoader.class.getClassLoader(), DEFAULT_DIRECTORY).load();
    }

    public Catalog load() {
        List<ManufacturerProfile> profiles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonCursor entry : indexEntries()) {
            String id = entry.string();
            if (!ids.add(id)) {
                throw entry.fail("'" + id + "' is listed twice");
            }
            String file = directory + "/" + id + ".json";
            try (InputStream json = open(file, entry)) {
                profiles.add(reader.read(file, json));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        profiles.forEach(profile -> checkOemTargets(profile, ids));
        return new Catalog(profiles);
    }

    private List<JsonCursor> indexEntries() {
        String file = directory + "/index.json";
        try (InputStream in = classLoader.getResourceAsStream(file)) {
            if (in == null) {
                throw new CatalogException(file, "", "is missing from the class path");
            }
            try (JsonReader json = Json.createReader(in)) {
                return new JsonCursor(file, "", json.readObject()).field("manufacturers").elements();
            } catch (JsonException | IllegalStateException e) {
                throw new CatalogException(file, "", "is not a JSON object: " + e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private InputStream open(String file, JsonCursor entry) {
        InputStream in = classLoader.getResourceAsStream(file);
        if (in == null) {
            throw entry.fail("'" + entry.string() + "' has no file " + file);
        }
        return in;
    }

    private void checkOemTargets(ManufacturerProfile profile, Set<String> ids) {
        List<OemRelation> oemOf = profile.oemOf();
        for (int i = 0; i < oemOf.size(); i++) {
            String target = oemOf.get(i).manufacturerId();
            if (!ids.contains(target) || target.equals(profile.id())) {
                throw new CatalogException(directory + "/" + profile.id() + ".json", "oemOf[" + i + "].manufacturer",
                        "'" + target + "' is not another manufacturer of the catalogue");
            }
        }
    }
}
