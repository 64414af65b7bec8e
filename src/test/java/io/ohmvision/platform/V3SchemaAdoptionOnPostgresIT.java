package io.ohmvision.platform;

import io.ohmvision.testing.OnPostgres;
import io.ohmvision.testing.TestDatabase;
import io.ohmvision.testing.V3Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** v3's cameras table adopted on PostgreSQL, with the id columns PostgreSQL has (no server needed). */
@OnPostgres
class V3SchemaAdoptionOnPostgresIT extends V3SchemaAdoptionContract {

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.freshPostgres();
    }

    @ParameterizedTest
    @EnumSource(value = V3Database.Ids.class, names = {"SERIAL", "IDENTITY"})
    void adoptsTheTableOfV3(V3Database.Ids ids) throws Exception {
        adoptsTheTableOfV3WhoseIdsComeFrom(ids);
    }
}
