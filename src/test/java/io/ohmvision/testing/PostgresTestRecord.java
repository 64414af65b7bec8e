package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The extension behind {@link OnPostgres}: appends {@code Class#test} of every passing test to
 * target/postgres-tests.txt, and knows whether a PostgreSQL class is running (test classes run one at a time).
 */
public final class PostgresTestRecord implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private static volatile int running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running++;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        running--;
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        String line = context.getRequiredTestClass().getSimpleName() + "#" + context.getDisplayName() + "\n";
        try {
            Files.writeString(record(), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path record() {
        return TestPaths.target().resolve("postgres-tests.txt");
    }

    /** Refuses PostgreSQL to a test class that would not be counted. */
    static void requireMarkedClass() {
        if (running == 0) {
            throw new IllegalStateException("a test class that uses PostgreSQL must be annotated @OnPostgres, so that "
                    + "the summary of ohmvision.sh test counts it");
        }
    }
}
