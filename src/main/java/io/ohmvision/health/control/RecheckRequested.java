package io.ohmvision.health.control;

import java.util.List;

/**
 * Something other than a check learnt that these cameras' state changed (their recorder went down or came back):
 * the health cycle checks them at once instead of at their next slot.
 */
public record RecheckRequested(List<Long> cameraIds) {

    public RecheckRequested {
        cameraIds = List.copyOf(cameraIds);
    }
}
