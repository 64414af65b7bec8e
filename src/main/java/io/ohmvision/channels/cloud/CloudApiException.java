package io.ohmvision.channels.cloud;

import io.ohmvision.channels.Outcome;
import java.io.IOException;

/** A cloud API call that failed, already classified; the message is written here, never copied from the answer. */
public class CloudApiException extends IOException {

    private final Outcome outcome;

    public CloudApiException(Outcome outcome, String message) {
        super(message);
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
