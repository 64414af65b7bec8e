package io.ohmvision.discovery.scan;

import io.ohmvision.catalog.entity.Recognition;
import java.util.List;

/** Why a device was taken for a manufacturer, one line per piece of evidence, for reports. */
public final class RecognitionLines {

    private RecognitionLines() {
    }

    /** "hikvision: mac-oui '44:19:b6:00:00:10' matches IEEE MA-L ..." */
    public static List<String> of(List<Recognition> recognised) {
        return recognised.stream().flatMap(r -> r.evidence().stream().map(e -> r.manufacturerId() + ": " + e.kind()
                + " '" + e.observed() + "' matches " + e.rule())).toList();
    }
}
