package io.ohmvision.platform;

import io.ohmvision.testing.TestDatabase;
import io.ohmvision.testing.V3Database;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** v3's cameras table adopted on the embedded default, with the id columns H2 has (PostgreSQL: an IT). */
class V3SchemaAdoptionOnH2Test extends V3SchemaAdoptionContract {

    @TempDir
    Path directory;

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.h2(directory.resolve(UUID.randomUUID().toString()));
    }

    @ParameterizedTest
    @EnumSource(value = V3Database.Ids.class, names = {"IDENTITY", "AUTO_INCREMENT"})
    void adoptsTheTableOfV3(V3Database.Ids ids) throws Exception {
        adoptsTheTableOfV3WhoseIdsComeFrom(ids);
    }
}
