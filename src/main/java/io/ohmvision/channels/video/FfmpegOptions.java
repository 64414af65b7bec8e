package io.ohmvision.channels.video;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** FFmpeg options for one attempt to open an input, so that no blocking call inside FFmpeg outlives the deadline. */
final class FfmpegOptions {

    private FfmpegOptions() {
    }

    static Map<String, String> forScheme(String scheme, Duration remaining) {
        Map<String, String> options = new HashMap<>();
        if (scheme.equals("file") || scheme.equals("usb")) {
            return options;
        }
        String micros = String.valueOf(Math.max(1, remaining.toNanos() / 1_000));
        // a generic protocol option: it reaches the TCP/TLS layer under rtsp, rtmp, http and hls alike
        options.put("rw_timeout", micros);
        // connect and socket timeout of rtsp and http, in microseconds (FFmpeg 5+; the old rtsp "stimeout" is gone).
        // Not for rtmp, where "timeout" is the listen timeout in seconds.
        if (!scheme.startsWith("rtmp")) {
            options.put("timeout", micros);
        }
        if (scheme.equals("http") || scheme.equals("https")) {
            // FFmpeg would follow a redirect to any host; the light probe follows those on the camera's own host
            options.put("max_redirects", "0");
        }
        if (scheme.startsWith("rtsp")) {
            // cameras and firewalls drop UDP; interleaved TCP is what ONVIF requires anyway
            options.put("rtsp_transport", "tcp");
        }
        return options;
    }
}
