package io.ohmvision.channels;

import java.util.function.Supplier;

/**
 * A channel whose check needs more than a URL: what is stored about the camera (a webhook camera's last push, a cloud
 * camera's credentials, a recorder channel's recorder). The features that store it implement it and register it in
 * {@link ChannelRegistry} for the connection type and schemes they declare; a stored camera of that type with a URL
 * of such a scheme is checked by it, and by nothing else.
 */
public interface CameraCheck extends Channel {

    /**
     * @param target   the camera's stored URL with its credentials
     * @param urlProbe the probe the URL alone would get (a recorder channel's own stream, once its recorder is up)
     */
    ProbeResult check(long cameraId, ProbeTarget target, Supplier<ProbeResult> urlProbe);
}
