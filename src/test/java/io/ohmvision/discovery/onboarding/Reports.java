package io.ohmvision.discovery.onboarding;

import io.ohmvision.discovery.detect.AutoDetectReport;
import java.util.List;

/** Auto-detect reports as a device would give them, for the onboarding's unit tests. */
final class Reports {

    static final String ADDRESS = "192.0.2.64";
    static final String MAIN = "rtsp://192.0.2.64:554/Streaming/Channels/101";
    private static final AutoDetectReport.Channel NONE = new AutoDetectReport.Channel(null, null, null, null, "none",
            null, null, null, null);

    private Reports() {
    }

    /** A camera whose main stream works; serial from ONVIF. */
    static AutoDetectReport working(String serial) {
        return report(onvif("OK", serial), List.of(candidate("OK")),
                new AutoDetectReport.Channel(MAIN, MAIN, "vendor", "t", "best", "H.264", 1920, 1080, 25.0), null);
    }

    /** Nothing works; {@code outcomes} are its candidates', {@code onvifOutcome} its ONVIF service's (or null). */
    static AutoDetectReport failing(String onvifOutcome, String... outcomes) {
        return report(onvif(onvifOutcome, null), List.of(outcomes).stream().map(Reports::candidate).toList(), NONE,
                null);
    }

    static AutoDetectReport recorder() {
        return report(onvif(null, null), List.of(candidate("OK")),
                new AutoDetectReport.Channel(MAIN, MAIN, "vendor", "t", "best", "H.264", 1920, 1080, 25.0),
                new AutoDetectReport.Recorder("recorder with 2 channels", "hikvision recorder numbering",
                        "hikvision", null, 554, List.of(new AutoDetectReport.RecorderChannel(1, MAIN, null),
                        new AutoDetectReport.RecorderChannel(2, MAIN.replace("101", "201"), null))));
    }

    private static AutoDetectReport.Onvif onvif(String outcome, String serial) {
        return new AutoDetectReport.Onvif(null, outcome, null, null, serial == null ? null : "SIM-1000", null,
                serial, 0, List.of(), null);
    }

    private static AutoDetectReport.RankedCandidate candidate(String outcome) {
        return new AutoDetectReport.RankedCandidate(1, "stream", "vendor", null, null, MAIN, outcome, 1L, null, null,
                null, null, "reason");
    }

    private static AutoDetectReport report(AutoDetectReport.Onvif onvif, List<AutoDetectReport.RankedCandidate> ranked,
            AutoDetectReport.Channel main, AutoDetectReport.Recorder recorder) {
        return new AutoDetectReport(ADDRESS, List.of(554), onvif, "hikvision", List.of(), "summary", null, 0, ranked,
                main, NONE, NONE, recorder, 5, null, null, null);
    }
}
