package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.ApplicationException;
import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

    /**
     * Out of an EJB a refusal must reach its caller as itself, unlogged (RefusalLogIT counts the lines), and still
     * undo what the EJB wrote before refusing: today every EJB validates before it writes, so only this declaration
     * keeps that true for the next one that does not.
     */
    @Test
    void isAnApplicationExceptionThatRollsBack() {
        ApplicationException declared = ProblemException.class.getAnnotation(ApplicationException.class);
        assertThat(declared).isNotNull();
        assertThat(declared.rollback()).isTrue();
        assertThat(declared.inherited()).isTrue();
    }
}
