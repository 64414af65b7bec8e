package io.ohmvision.channels;

/** What a probe found, in terms an operator can act on; the same set for every connection type. */
public enum Outcome {
    OK,
    AUTH_FAILED,
    NOT_FOUND,
    BUSY,
    TIMEOUT,
    REFUSED,
    UNREACHABLE,
    PROTOCOL_ERROR,
    TLS_ERROR,
    UNSUPPORTED
}
