package io.ohmvision.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path dataDir;

    @Test
    void oneHolderPerDataDirectoryNamedInThePidFileUntilReleased() throws Exception {
        Optional<InstanceLock> first = InstanceLock.acquire(dataDir, 4242);
        assertThat(first).isPresent();
        assertThat(InstanceLock.holder(dataDir)).contains(4242L);

        assertThat(InstanceLock.acquire(dataDir, 4343)).isEmpty();
        assertThat(InstanceLock.holder(dataDir)).contains(4242L);

        first.get().close();
        assertThat(dataDir.resolve(InstanceLock.PID_FILE)).doesNotExist();
        try (InstanceLock again = InstanceLock.acquire(dataDir, 4444).orElseThrow()) {
            assertThat(Files.readString(dataDir.resolve(InstanceLock.PID_FILE))).isEqualTo("4444\n");
        }
    }
}
