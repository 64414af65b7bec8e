package io.ohmvision.catalog.entity;

import java.util.List;

/**
 * A port a manufacturer's devices listen on out of the box.
 *
 * @param name   what the port is for (rtsp, http, https, onvif, rtmp, sdk, ...); templates refer to it by this name
 * @param number 1..65535
 */
public record DefaultPort(String name, int number, List<String> sources, boolean verified, String note) {
    public DefaultPort {
        sources = List.copyOf(sources);
    }
}
