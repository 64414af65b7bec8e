package io.ohmvision.channels.onvif;

import java.io.IOException;

/**
 * The device answered an ONVIF call with a refusal: a SOAP fault or an HTTP status that is not success. The detail
 * is written by OhmVision from status codes and fault subcodes, never from the fault's free text.
 *
 * @see FaultKind
 */
public class OnvifCallException extends IOException {

    private final String operation;
    private final FaultKind kind;
    private final String detail;
    private final int httpStatus;

    /** @param httpStatus the HTTP status of the refusal (200 for a fault some devices send with 200) */
    public OnvifCallException(String operation, FaultKind kind, String detail, int httpStatus) {
        super(operation + " refused: " + detail);
        this.operation = operation;
        this.kind = kind;
        this.detail = detail;
        this.httpStatus = httpStatus;
    }

    /** The ONVIF operation name, e.g. "GetSnapshotUri". */
    public String operation() {
        return operation;
    }

    public FaultKind kind() {
        return kind;
    }

    /** e.g. "ter:NotAuthorized", "HTTP 401 after Digest". */
    public String detail() {
        return detail;
    }

    /** True when nothing at the URL speaks SOAP (404/405 without a fault), as opposed to a refused action. */
    public boolean noServiceThere() {
        return kind == FaultKind.NOT_SUPPORTED && (httpStatus == 404 || httpStatus == 405);
    }
}
