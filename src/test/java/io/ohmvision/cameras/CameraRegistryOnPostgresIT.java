package io.ohmvision.cameras;

import io.ohmvision.testing.OnPostgres;
import io.ohmvision.testing.RunningServer;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The registry on PostgreSQL, chosen by OHMVISION_DB_URL alone; OhmVision migrates the empty database itself. */
@OnPostgres
class CameraRegistryOnPostgresIT extends CameraRegistryContract {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnPostgres();

    @Override
    RunningServer server() {
        return SERVER;
    }
}
