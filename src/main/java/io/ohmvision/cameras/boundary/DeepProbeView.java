package io.ohmvision.cameras.boundary;

import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.video.DeepProbeResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deep probe's findings, without the snapshot bytes (GET .../snapshot serves the picture). */
@Schema(name = "DeepProbe")
public record DeepProbeView(ProbeResult result, Long timeToFirstFrameMillis, Double measuredFps,
        boolean frozen) {

    static DeepProbeView of(DeepProbeResult deep) {
        return new DeepProbeView(deep.probe(), deep.timeToFirstFrameMillis(), deep.measuredFps(), deep.frozen());
    }
}
