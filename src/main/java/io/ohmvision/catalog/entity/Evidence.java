package io.ohmvision.catalog.entity;

import java.util.List;

/**
 * Why a device was taken for a manufacturer.
 *
 * @param kind     what was inspected: mac-oui, http.server, rtsp.realm, onvif.manufacturer, onvif.scope, rtsp-path...
 * @param observed the value seen on the device
 * @param rule     what it matched (registry entry, regex, alias, template)
 * @param sources  source ids behind the rule
 * @param verified false when the rule rests on uncertain facts
 */
public record Evidence(String kind, String observed, String rule, List<String> sources, boolean verified) {
    public Evidence {
        sources = List.copyOf(sources);
    }
}
