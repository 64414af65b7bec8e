package io.ohmvision.channels.http;

import io.ohmvision.channels.Verdict;
import java.io.IOException;

/** A reply whose status is not a success; it ends a probe with the status's verdict. */
final class UnwantedStatusException extends IOException {

    private final transient Verdict verdict;

    UnwantedStatusException(Verdict verdict) {
        super(verdict.reason());
        this.verdict = verdict;
    }

    Verdict verdict() {
        return verdict;
    }
}
