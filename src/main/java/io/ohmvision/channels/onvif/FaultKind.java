package io.ohmvision.channels.onvif;

/** What an ONVIF refusal means to an operator (camera-facts 3.6, "telling wrong credentials from not supported"). */
public enum FaultKind {
    /** ter:NotAuthorized, HTTP 401 after Digest, or a non-standard fault whose reason mentions "auth". */
    NOT_AUTHORIZED,
    /** ter:ActionNotSupported, or HTTP 404/405 on the service URL. */
    NOT_SUPPORTED,
    /** Any other fault, e.g. ter:InvalidArgVal or ter:NoProfile. */
    OTHER
}
