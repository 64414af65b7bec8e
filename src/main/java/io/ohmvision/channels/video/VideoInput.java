package io.ohmvision.channels.video;

import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.StreamUrl;
import java.nio.file.Path;

/**
 * What FFmpeg is asked to open. A network input carries the credentials put into its URL at the moment it is
 * built, so it is made right before connecting, never stored, and never printed.
 */
public final class VideoInput {

    private final String location;
    private final String format;
    private final String scheme;

    private VideoInput(String location, String format, String scheme) {
        this.location = location;
        this.format = format;
        this.scheme = scheme;
    }

    /** A stream URL (rtsp, rtmp, http, hls, ...) with the target's credentials injected (user info or query). */
    public static VideoInput network(ProbeTarget target) {
        String location = target.credentialsInQuery() ? target.connectUrl()
                : StreamUrl.withCredentials(target.url(), target.username(), target.password());
        return new VideoInput(location, null, target.streamUrl().scheme());
    }

    /** A media file that the caller has already checked it may open. */
    public static VideoInput file(Path path) {
        return new VideoInput(path.toString(), null, "file");
    }

    /** A V4L2 capture device such as /dev/video0. */
    public static VideoInput device(Path path) {
        return new VideoInput(path.toString(), "v4l2", "usb");
    }

    String location() {
        return location;
    }

    /** FFmpeg's input format when it cannot be guessed from the location, or null. */
    String format() {
        return format;
    }

    String scheme() {
        return scheme;
    }

    @Override
    public String toString() {
        return StreamUrl.mask(location);
    }
}
