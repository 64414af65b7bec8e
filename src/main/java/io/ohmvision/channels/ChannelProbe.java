package io.ohmvision.channels;

/**
 * Checks that a camera answers over one connection type, from its URL alone. Implementations are plain Java, open a
 * new connection per probe, honour {@link ProbeTarget#timeout()} for the whole probe, and report every failure as a
 * {@link ProbeResult} instead of throwing.
 */
public interface ChannelProbe extends Channel {

    ProbeResult probe(ProbeTarget target);
}
