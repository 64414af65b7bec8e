package io.ohmvision.channels;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The one place a channel is looked up, by the pair (connection type, URL scheme) each channel declares.
 * <p>
 * Two kinds are registered. A {@link ChannelProbe} needs only the URL: it serves the type the URL's shape needs
 * ({@link ConnectionType#forUrl}: an HLS playlist or a WHEP endpoint travels over HTTP but needs its own probe).
 * A {@link CameraCheck} needs what is stored about the camera: it serves the camera's own type. A stored camera's
 * URL is checked by the camera check of its pair when there is one, else by its URL's probe; a URL OhmVision made
 * itself (a catalogue template, a recorder channel) only by its probe.
 */
public final class ChannelRegistry {

    /** What a channel is looked up by. */
    public record Route(ConnectionType type, String scheme) {
        @Override
        public String toString() {
            return "(" + type.wireName() + ", " + scheme + ")";
        }
    }

    private final Map<Route, ChannelProbe> probes;
    private final Map<Route, CameraCheck> checks;

    private ChannelRegistry(Map<Route, ChannelProbe> probes, Map<Route, CameraCheck> checks) {
        this.probes = Map.copyOf(probes);
        this.checks = Map.copyOf(checks);
    }

    /**
     * The protocol probes on the class path. Each registers itself with one line in
     * {@code META-INF/services/io.ohmvision.channels.ChannelProbe}, so this package never imports its sub-packages.
     *
     * @throws IllegalStateException when two probes claim one pair
     */
    public static ChannelRegistry standard() {
        return of(ServiceLoader.load(ChannelProbe.class, ChannelRegistry.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    /** @throws IllegalStateException when two probes claim one pair */
    public static ChannelRegistry of(Collection<? extends ChannelProbe> probes) {
        Map<Route, ChannelProbe> byRoute = new HashMap<>();
        probes.forEach(probe -> claim(byRoute, probe));
        return new ChannelRegistry(byRoute, Map.of());
    }

    /**
     * This registry with the camera checks of the features that store what they need.
     *
     * @throws IllegalStateException when two checks claim one pair
     */
    public ChannelRegistry with(Collection<? extends CameraCheck> cameraChecks) {
        Map<Route, CameraCheck> byRoute = new HashMap<>(checks);
        cameraChecks.forEach(check -> claim(byRoute, check));
        return new ChannelRegistry(probes, byRoute);
    }

    private static <C extends Channel> void claim(Map<Route, C> byRoute, C channel) {
        for (String scheme : channel.schemes()) {
            C previous = byRoute.putIfAbsent(new Route(channel.type(), scheme), channel);
            if (previous != null) {
                throw new IllegalStateException("two channels for " + new Route(channel.type(), scheme) + ": "
                        + previous.getClass().getName() + " and " + channel.getClass().getName());
            }
        }
    }

    /** The probe a URL needs, from its scheme and shape. */
    public Optional<ChannelProbe> probeFor(StreamUrl url) {
        return ConnectionType.forUrl(url).map(type -> probes.get(new Route(type, url.scheme())));
    }

    /** The probe registered for a type, for a channel that builds on another (a recorder's root, a cloud stream). */
    public Optional<ChannelProbe> probeOf(ConnectionType type) {
        return probes.values().stream().filter(probe -> probe.type() == type).findFirst();
    }

    /** The camera check of a stored camera's type for its URL's scheme; empty when its URL's probe is enough. */
    public Optional<CameraCheck> cameraCheckFor(ConnectionType storedAs, StreamUrl url) {
        return Optional.ofNullable(checks.get(new Route(storedAs, url.scheme())));
    }

    /**
     * Whether a camera of this type can be checked through this URL: a camera check serves the pair or a probe
     * serves the URL. What a save accepts is this and the type's scheme table ({@link ConnectionType#streamSchemes}).
     */
    public boolean serves(ConnectionType storedAs, StreamUrl url) {
        return cameraCheckFor(storedAs, url).isPresent() || probeFor(url).isPresent();
    }
}
