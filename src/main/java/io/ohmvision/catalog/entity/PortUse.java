package io.ohmvision.catalog.entity;

import java.util.List;

/**
 * A default port and who uses it, for the network scanner.
 *
 * @param names           what the port is for across profiles (rtsp, http, sdk, ...)
 * @param manufacturerIds profiles listing it as a default
 */
public record PortUse(int port, List<String> names, List<String> manufacturerIds) {
    public PortUse {
        names = List.copyOf(names);
        manufacturerIds = List.copyOf(manufacturerIds);
    }
}
