package io.ohmvision.channels;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the probe for a connection type. Probes register themselves in
 * {@code META-INF/services/io.ohmvision.channels.ChannelProbe}, so a new connection type is a new package plus one
 * line there, never a new branch here.
 */
public final class ChannelProbes {

    private final Map<ConnectionType, ChannelProbe> byType = new EnumMap<>(ConnectionType.class);

    public ChannelProbes(Iterable<? extends ChannelProbe> probes) {
        for (ChannelProbe probe : probes) {
            ChannelProbe previous = byType.putIfAbsent(probe.type(), probe);
            if (previous != null) {
                throw new IllegalStateException("two probes for " + probe.type().wireName() + ": "
                        + previous.getClass().getName() + " and " + probe.getClass().getName());
            }
        }
    }

    /** The probes registered on the class path. */
    public static ChannelProbes registered() {
        return new ChannelProbes(ServiceLoader.load(ChannelProbe.class, ChannelProbes.class.getClassLoader()));
    }

    public Optional<ChannelProbe> forType(ConnectionType type) {
        return Optional.ofNullable(byType.get(type));
    }
}
