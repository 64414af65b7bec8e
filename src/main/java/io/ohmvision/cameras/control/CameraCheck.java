package io.ohmvision.cameras.control;

import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A check that needs more than a URL: what is stored about the camera (a webhook camera's last push, a cloud
 * camera's credentials, a recorder channel's recorder). CDI beans; {@link ChannelTesting} asks each in turn and
 * falls back to the probe the URL needs, so neither the health cycle nor the probe endpoint knows them by name.
 */
public interface CameraCheck {

    /**
     * @param target   the camera's stored URL with its credentials
     * @param urlProbe the probe the URL alone would get (a recorder channel's own stream, once its recorder is up)
     * @return empty when this check is not about this camera
     */
    Optional<ProbeResult> check(long cameraId, ProbeTarget target, Supplier<ProbeResult> urlProbe);
}
