package io.ohmvision.health.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.health.entity.HealthSnapshot;

/**
 * A camera and its health state (UNKNOWN when it has never been checked): what {@link HealthQueries} reads and
 * {@link Fleet} is made of, its own type so that neither of the two depends on the other for it.
 *
 * @param checkedBy the member that checked it last; null before its first check
 */
public record CameraState(Camera camera, HealthSnapshot state, String checkedBy) {
}
