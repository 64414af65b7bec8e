package io.ohmvision.channels.usb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists the V4L2 device nodes of this host with their driver names. The two directories are parameters so that
 * tests can list a fake tree.
 */
public final class VideoDevices {

    private static final Pattern NODE = Pattern.compile("video\\d+");

    private final Path sysfsClass;
    private final Path devDirectory;

    /** @param sysfsClass normally /sys/class/video4linux; @param devDirectory normally /dev */
    public VideoDevices(Path sysfsClass, Path devDirectory) {
        this.sysfsClass = sysfsClass;
        this.devDirectory = devDirectory;
    }

    public static VideoDevices ofThisHost() {
        return new VideoDevices(Path.of("/sys/class/video4linux"), Path.of("/dev"));
    }

    /** In number order (video2 before video10); empty when there is none or /dev cannot be read. */
    public List<VideoDevice> list() {
        try (Stream<Path> entries = Files.list(devDirectory)) {
            return entries.filter(p -> NODE.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(VideoDevices::number))
                    .map(p -> new VideoDevice(p, driverName(p.getFileName().toString())))
                    .toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }


    private String driverName(String node) {
        try {
            String name = Files.readString(sysfsClass.resolve(node).resolve("name")).strip();
            return name.isEmpty() ? null : name;
        } catch (IOException noSysfsEntry) {
            return null;
        }
    }

    private static int number(Path node) {
        return Integer.parseInt(node.getFileName().toString().substring("video".length()));
    }
}
