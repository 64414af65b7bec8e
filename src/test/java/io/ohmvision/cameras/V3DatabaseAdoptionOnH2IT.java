package io.ohmvision.cameras;

import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.V3Database;
import org.junit.jupiter.api.extension.RegisterExtension;

/** v3's database on the embedded default, its ids from an identity column that refuses ids given by others. */
class V3DatabaseAdoptionOnH2IT extends V3DatabaseAdoptionContract {

    private static final V3Database V3 = new V3Database(V3Database.Ids.IDENTITY);

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.privateOnH2("v3-h2", V3::createWithRows);

    @Override
    RunningServer server() {
        return SERVER;
    }

    @Override
    V3Database v3() {
        return V3;
    }
}
