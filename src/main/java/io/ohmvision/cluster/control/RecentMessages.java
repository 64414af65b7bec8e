package io.ohmvision.cluster.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded multiset of recent messages, thread-safe. Bounded because a message whose echo never comes (its
 * observer failed) must not stay forever; the oldest goes first.
 */
final class RecentMessages {

    private final int capacity;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    RecentMessages(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(String message) {
        counts.merge(message, 1, Integer::sum);
        if (counts.size() > capacity) {
            counts.remove(counts.keySet().iterator().next());
        }
    }

    /** Removes one occurrence; false when there was none. */
    synchronized boolean take(String message) {
        Integer count = counts.get(message);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            counts.remove(message);
        } else {
            counts.put(message, count - 1);
        }
        return true;
    }
}
