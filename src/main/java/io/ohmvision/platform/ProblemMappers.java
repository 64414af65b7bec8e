package io.ohmvision.platform;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Turns every failure of an API call into problem+json; no stack trace ever reaches a client. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** Bean Validation failures: 400 with one entry per field. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            String detail = errors.stream().map(f -> f.field() + ": " + f.message())
                    .collect(Collectors.joining("; "));
            return new Problem("about:blank", Status.BAD_REQUEST.getReasonPhrase(), 400, detail, errors)
                    .toResponse();
        }

        /** "create.request.ipAddress" becomes "ipAddress": the client knows its body, not our method names. */
        private static String fieldName(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            String[] parts = path.split("\\.");
            return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : path;
        }
    }

    /** Refusals raised on purpose by our own code. */
    @Provider
    public static class Refused implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return e.toResponse();
        }
    }

    /** JAX-RS errors (404 for unknown paths, 405, 415, our own ProblemException) keep their status. */
    @Provider
    public static class WebErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.hasEntity() && Problem.PROBLEM_JSON.isCompatible(original.getMediaType())) {
                return original;
            }
            Throwable cause = e.getCause();
            if (cause instanceof JsonbException || cause instanceof ProcessingException) {
                return MalformedBody.answer(cause);
            }
            return Problem.response(original.getStatusInfo(), describe(original.getStatusInfo(), e));
        }

        private static String describe(Response.StatusType status, WebApplicationException e) {
            return switch (status.getStatusCode()) {
                case 404 -> "No such resource";
                case 405 -> "This method is not allowed on this resource";
                case 400 -> "The request body is missing or is not valid JSON";
                case 406 -> "The requested media type is not available; ask for application/json";
                case 415 -> "Unsupported content type; send application/json";
                default -> e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
            };
        }
    }

    /** A body that is not valid JSON or does not fit the expected shape. */
    @Provider
    public static class MalformedBody implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return answer(e);
        }

        static Response answer(Throwable e) {
            // A body that was cut off by BodySizeLimit surfaces here wrapped by the JSON reader.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ProblemException problem) {
                    return problem.toResponse();
                }
            }
            LOG.log(Level.FINE, "Malformed request body", e);
            return Problem.response(Status.BAD_REQUEST,
                    "Malformed JSON body: " + firstLine(rootCause(e).getMessage()));
        }
    }

    /** A JSON processing failure that reached us unwrapped. */
    @Provider
    public static class MalformedProcessing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return MalformedBody.answer(e);
        }
    }

    /** Two writers raced on the same row: the later one must reload. */
    @Provider
    public static class ConcurrentUpdate implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.response(Status.CONFLICT,
                    "The resource was changed by someone else meanwhile; reload it and apply your change again");
        }
    }

    /** Anything unexpected: logged in full here, answered without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            Throwable root = rootCause(e);
            if (root instanceof ProblemException problem) {
                return problem.toResponse();
            }
            if (root instanceof OptimisticLockException lock) {
                return new ConcurrentUpdate().toResponse(lock);
            }
            if (root instanceof JsonbException || e instanceof ProcessingException) {
                return MalformedBody.answer(e);
            }
            LOG.log(Level.SEVERE, "Unexpected error answering an API call", e);
            return Problem.response(Status.INTERNAL_SERVER_ERROR,
                    "Unexpected server error; the details are in the server log");
        }
    }

    static Throwable rootCause(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable body";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
