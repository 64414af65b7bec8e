package io.ohmvision.channels;

import java.util.Objects;

/**
 * The one result of every probe, whatever the connection type. It never holds a password: the URL is masked and
 * reasons are written by the probes from status codes and exception types, never from peer-supplied text that
 * could echo credentials.
 *
 * @param maskedUrl     the probed URL as it may be shown
 * @param latencyMillis wall time of the whole probe
 * @param media         never null; {@link MediaFacts#NONE} when nothing was learnt
 * @param reason        one line for a human: why this outcome
 * @param fingerprint   never null; {@link ServerFingerprint#NONE} when the peer said nothing about itself
 */
public record ProbeResult(ConnectionType channel, String maskedUrl, Outcome outcome, long latencyMillis,
                          MediaFacts media, String reason, ServerFingerprint fingerprint) {

    public ProbeResult {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(outcome, "outcome");
        media = media == null ? MediaFacts.NONE : media;
        fingerprint = fingerprint == null ? ServerFingerprint.NONE : fingerprint;
    }
}
