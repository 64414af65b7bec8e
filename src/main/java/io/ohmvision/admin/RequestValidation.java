package io.ohmvision.admin;

import io.ohmvision.platform.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/** A console form's request gets the API's own Bean Validation, its violations one message. */
final class RequestValidation {

    private RequestValidation() {
    }

    /** @throws ProblemException 400 naming every violation, by property */
    static <T> void check(Validator validator, T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
        }
    }
}
