package io.ohmvision.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseDescriptionTest {

    @Test
    void theEmbeddedDatabaseIsNamedByItsFile() {
        assertThat(DatabaseDescription.of("jdbc:h2:file:/srv/ohmvision/data/ohmvision;AUTO_SERVER=TRUE", "ohmvision"))
                .isEqualTo("H2 (embedded) in the file /srv/ohmvision/data/ohmvision.mv.db");
    }

    @Test
    void postgreSqlIsNamedByItsUrlAndUserWithoutAPasswordInTheQuery() {
        assertThat(DatabaseDescription.of("jdbc:postgresql://db.example:5432/ohmvision?password=s3cret&ssl=true",
                "ohmvision")).isEqualTo("PostgreSQL jdbc:postgresql://db.example:5432/ohmvision as ohmvision");
    }
}
