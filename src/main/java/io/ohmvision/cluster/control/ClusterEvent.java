package io.ohmvision.cluster.control;

/**
 * A CDI event every cluster member should hear of: fired on the member where it happened and, once committed,
 * relayed by {@link EventRelay} to the others. It travels as JSON, so it is a record of simple values.
 */
public interface ClusterEvent {
}
