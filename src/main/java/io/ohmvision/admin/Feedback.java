package io.ohmvision.admin;

import io.ohmvision.platform.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every console action ends with a message: what was done, or why it was refused, in the control's own words. */
final class Feedback {

    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    private Feedback() {
    }

    static void info(String summary, String detail) {
        add(FacesMessage.SEVERITY_INFO, summary, detail);
    }

    static void error(String summary, String detail) {
        add(FacesMessage.SEVERITY_ERROR, summary, detail);
        FacesContext.getCurrentInstance().validationFailed(); // keeps dialogs open on failure
    }

    /**
     * Runs an action; a refusal (ProblemException) becomes an error message with its detail, anything else a generic
     * one (logged, never shown: it might quote internals).
     *
     * @return the action's result, or null when it failed
     */
    static <T> T attempt(String failedSummary, Supplier<T> action) {
        try {
            return action.get();
        } catch (ProblemException e) {
            error(failedSummary, e.getMessage());
        } catch (RuntimeException e) {
            unexpected(failedSummary, e);
        }
        return null;
    }

    static boolean attempt(String failedSummary, Runnable action) {
        return attempt(failedSummary, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    private static void unexpected(String summary, RuntimeException e) {
        LOG.log(Level.WARNING, summary, e);
        error(summary, "An unexpected error occurred; the server log has the details");
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }
}
