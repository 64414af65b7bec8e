package io.ohmvision.platform;

import jakarta.ejb.ApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/**
 * Thrown by controls and boundaries to end a request with a problem+json answer (mapped by ProblemMappers).
 * A plain RuntimeException rather than a WebApplicationException, so that controls stay usable and testable
 * without a JAX-RS runtime. An EJB application exception: thrown out of an EJB it reaches the caller as itself, the
 * container neither wraps it in an EJBException nor logs it (a refusal is an answer, not a failure: a flood of bad
 * requests must not flood the log), and the transaction is still rolled back, so a refusal after a write changes
 * nothing.
 */
@ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {

    private final Response.Status status;
    /** Whole seconds for a Retry-After header; 0 for none. */
    private final long retryAfterSeconds;
    private final transient List<Problem.FieldError> errors;

    public ProblemException(Response.Status status, String detail) {
        this(status, detail, Duration.ZERO, List.of());
    }

    private ProblemException(Response.Status status, String detail, Duration retryAfter,
            List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.retryAfterSeconds = retryAfter.toSeconds();
        this.errors = List.copyOf(errors);
    }

    public Response.Status status() {
        return status;
    }

    public Response toResponse() {
        Response problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), getMessage(),
                errors).toResponse();
        if (retryAfterSeconds > 0) {
            problem.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return problem;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }

    /** 400 naming each field that is wrong, as Bean Validation's answers do. */
    public static ProblemException invalidFields(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail, Duration.ZERO, errors);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }

    /** 503: this server cannot serve it now (a bounded resource is taken); ask again after {@code retryAfter}. */
    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(Response.Status.SERVICE_UNAVAILABLE, detail, retryAfter, List.of());
    }

    /** 502: the device behind the request refused or failed; the detail says why, in OhmVision's words. */
    public static ProblemException badGateway(String detail) {
        return new ProblemException(Response.Status.BAD_GATEWAY, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, detail);
    }
}
