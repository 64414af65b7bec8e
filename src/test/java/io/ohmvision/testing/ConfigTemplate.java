package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A peer's configuration file from src/test/peers with its {@code @NAME@} placeholders filled in. */
public final class ConfigTemplate {

    private ConfigTemplate() {
    }

    public static Path write(String template, Map<String, String> values, Path to) {
        try {
            String text = Files.readString(TestPaths.peerFile(template));
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("@" + value.getKey() + "@", value.getValue());
            }
            if (text.matches("(?s).*@[A-Z_]+@.*")) {
                throw new IllegalArgumentException(template + " has a placeholder without a value");
            }
            return Files.writeString(to, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
