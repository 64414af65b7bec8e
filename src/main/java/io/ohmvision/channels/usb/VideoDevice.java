package io.ohmvision.channels.usb;

import java.nio.file.Path;

/**
 * A V4L2 capture device node.
 *
 * @param path the device node, e.g. /dev/video0
 * @param name what the driver calls it (sysfs), e.g. "HD Pro Webcam C920"; null when sysfs does not say
 */
public record VideoDevice(Path path, String name) {
}
