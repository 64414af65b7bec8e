package io.ohmvision.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where OhmVision keeps local state (H2 database, generated key): OHMVISION_DATA_DIR, default ./data. */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "ohmvision.data.dir", defaultValue = "./data")
    String configured;

    public Path path() {
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
    }
}
