package io.ohmvision.health.control;

import io.ohmvision.cameras.control.CameraDetails;
import io.ohmvision.health.entity.HealthSnapshot;

/**
 * A camera (as the cameras feature shows it) and its health state (UNKNOWN when it has never been checked): what
 * {@link HealthQueries} reads and {@link Fleet} is made of, its own type so that neither of the two depends on the
 * other for it.
 *
 * @param checkedBy the member that checked it last; null before its first check
 */
public record CameraState(CameraDetails camera, HealthSnapshot state, String checkedBy) {
}
