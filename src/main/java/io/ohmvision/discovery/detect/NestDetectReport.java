package io.ohmvision.discovery.detect;

import io.ohmvision.cloud.control.NestCamera;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Auto-detect's answer for a Google Nest project: its cameras as candidates, each with its protocols. Holds no
 * credential.
 *
 * @param cameraId the camera created from the chosen device; null when none was
 * @param saving   what was stored; null when nothing was asked for
 */
@Schema(name = "NestDetectReport")
public record NestDetectReport(String connectionType, String provider, String projectId,
                               List<NestCamera> candidates, Long cameraId, String saving) {

    public NestDetectReport {
        candidates = List.copyOf(candidates);
    }
}
