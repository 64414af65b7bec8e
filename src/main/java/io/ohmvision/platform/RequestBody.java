package io.ohmvision.platform;

/** A missing body is a client error, not a NullPointerException. */
public final class RequestBody {

    private RequestBody() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw ProblemException.badRequest("A JSON request body is required");
        }
        return body;
    }
}
