package io.ohmvision.cameras;

import io.ohmvision.testing.OnPostgres;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.V3Database;
import org.junit.jupiter.api.extension.RegisterExtension;

/** v3's database on PostgreSQL, its ids from a serial (the identity shape: V3SchemaAdoptionOnPostgresIT). */
@OnPostgres
class V3DatabaseAdoptionOnPostgresIT extends V3DatabaseAdoptionContract {

    private static final V3Database V3 = new V3Database(V3Database.Ids.SERIAL);

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.privateOnPostgres("v3-pg", V3::createWithRows);

    @Override
    RunningServer server() {
        return SERVER;
    }

    @Override
    V3Database v3() {
        return V3;
    }
}
