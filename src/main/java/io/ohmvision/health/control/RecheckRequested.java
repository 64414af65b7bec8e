package io.ohmvision.health.control;

import io.ohmvision.cluster.control.ClusterEvent;
import java.util.List;

/**
 * Something other than a check learnt that these cameras' state changed (their recorder went down or came back):
 * the health cycle checks them at once instead of at their next slot. In a cluster the channels of one recorder may
 * be checked by several members, so every member hears it.
 */
public record RecheckRequested(List<Long> cameraIds) implements ClusterEvent {

    public RecheckRequested {
        cameraIds = List.copyOf(cameraIds);
    }
}
