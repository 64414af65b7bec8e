package io.ohmvision.cameras.control;

/** A camera was added, edited or removed (fired inside the transaction; observe after it commits). */
public record CameraChanged(long cameraId, boolean credentialsChanged) {
}
