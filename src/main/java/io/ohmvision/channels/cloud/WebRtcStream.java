package io.ohmvision.channels.cloud;

import java.time.Instant;

/** A WebRTC session the SDM API opened for an offer: the answer, and the id that extends or stops it. */
public record WebRtcStream(String answerSdp, String mediaSessionId, Instant expiresAt) {
}
