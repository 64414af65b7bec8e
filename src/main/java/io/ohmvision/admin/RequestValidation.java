package io.ohmvision.admin;

import io.ohmvision.platform.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A console form's request gets the API's own Bean Validation, its violations one message. */
final class RequestValidation {

    private RequestValidation() {
    }

    /** @throws ProblemException 400 naming every violation, by property */
    static <T> void check(Validator validator, T request) {
        refuse(validator.validate(request));
    }

    /**
     * Settings a control takes, held to the constraints of the API's body that has the same fields (see
     * CameraRequestTest), as if the body had been sent.
     *
     * @throws ProblemException 400 naming every violation, by property
     */
    static <T> void check(Validator validator, Class<T> body, Object settings) {
        Set<ConstraintViolation<T>> violations = new HashSet<>();
        for (Field field : settings.getClass().getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                try {
                    violations.addAll(validator.validateValue(body, field.getName(), field.get(settings)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        refuse(violations);
    }

    private static <T> void refuse(Set<ConstraintViolation<T>> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
        }
    }
}
