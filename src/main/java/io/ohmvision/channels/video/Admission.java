package io.ohmvision.channels.video;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.Verdict;

/**
 * The answer of a local check (media roots, device list) before FFmpeg opens anything: an input, or why not.
 *
 * @param input   what may be opened; null when refused
 * @param refusal why not; null when admitted
 */
public record Admission(VideoInput input, Verdict refusal) {

    public static Admission admit(VideoInput input) {
        return new Admission(input, null);
    }

    public static Admission refuse(Outcome outcome, String reason) {
        return new Admission(null, new Verdict(outcome, reason));
    }
}
