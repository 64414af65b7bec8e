package io.ohmvision.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against PostgreSQL. Its passing tests are recorded for the summary of
 * {@code ohmvision.sh test} ("N tests passed against PostgreSQL"), and only such a class may open a PostgreSQL
 * database (TestDatabase, PrivatePostgres refuse otherwise), so the count cannot silently miss one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresTestRecord.class)
public @interface OnPostgres {
}
