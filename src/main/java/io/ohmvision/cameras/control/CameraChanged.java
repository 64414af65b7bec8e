package io.ohmvision.cameras.control;

import io.ohmvision.cluster.control.ClusterEvent;

/** A camera was added, edited or removed (fired inside the transaction; observe after it commits). */
public record CameraChanged(long cameraId, boolean credentialsChanged) implements ClusterEvent {
}
