package io.ohmvision.channels.rtsp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One RTSP reply.
 *
 * @param headers in the order received, names as sent; a name may repeat (several WWW-Authenticate lines)
 */
record RtspResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    Optional<String> header(String name) {
        return headers(name).stream().findFirst();
    }

    List<String> headers(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    boolean asksToClose() {
        return header("Connection").map(v -> v.equalsIgnoreCase("close")).orElse(false);
    }
}
