package io.ohmvision.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One OhmVision per data directory: an exclusive lock on {@code ohmvision.lock} held for the launcher's lifetime (the
 * kernel drops it when the process dies, so a crash never leaves a stale lock), and {@code ohmvision.pid} naming the
 * holder for {@code ohmvision.sh stop} and {@code status}.
 */
final class InstanceLock implements AutoCloseable {

    static final String LOCK_FILE = "ohmvision.lock";
    static final String PID_FILE = "ohmvision.pid";

    private final FileChannel channel;
    private final FileLock lock;
    private final Path pidFile;

    private InstanceLock(FileChannel channel, FileLock lock, Path pidFile) {
        this.channel = channel;
        this.lock = lock;
        this.pidFile = pidFile;
    }

    /** @return the lock, or empty when another process holds it */
    static Optional<InstanceLock> acquire(Path dataDir, long pid) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        Path pidFile = dataDir.resolve(PID_FILE);
        Files.writeString(pidFile, pid + "\n", StandardCharsets.US_ASCII);
        return Optional.of(new InstanceLock(channel, lock, pidFile));
    }

    /** The pid another launcher wrote, when it can be read. */
    static Optional<Long> holder(Path dataDir) {
        try {
            return Optional.of(Long.parseLong(Files.readString(dataDir.resolve(PID_FILE)).strip()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(pidFile);
        lock.release();
        channel.close();
    }
}
