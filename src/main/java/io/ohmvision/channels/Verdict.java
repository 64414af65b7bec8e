package io.ohmvision.channels;

/** An outcome with its one-line reason, before latency, media and fingerprint are known. */
public record Verdict(Outcome outcome, String reason) {
}
