package io.ohmvision.discovery.batch;

import io.ohmvision.discovery.detect.AutoDetectReport;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch test: one result per camera or device, in the order asked.
 *
 * @param summary e.g. "5 tested: 4 working, 1 failing"
 */
@Schema(name = "BatchTestReport")
public record BatchTestReport(String summary, long tookMillis, List<Item> results) {

    public BatchTestReport {
        results = List.copyOf(results);
    }

    /**
     * One camera (by id) or one device (by address).
     *
     * @param working   the primary stream (a camera) or a main stream (a device) answered OK
     * @param summary   one line: the channels' outcomes, or the device's candidate summary
     * @param checks    a camera's channels; empty for a device
     * @param detection a device's auto-detection; null for a camera
     */
    @Schema(name = "BatchTestItem")
    public record Item(Long cameraId, String name, String address, boolean working, String summary,
                       List<Check> checks, AutoDetectReport detection) {
        public Item {
            checks = List.copyOf(checks);
        }
    }

    /** One channel of a camera: PRIMARY, SECONDARY or SNAPSHOT. */
    @Schema(name = "BatchTestCheck")
    public record Check(String role, String maskedUrl, String outcome, long latencyMillis, String videoCodec,
                        Integer width, Integer height, String reason) {
    }
}
