package io.ohmvision.health.control;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a health change that another cluster member recorded and relayed here. Observers of every
 * {@link HealthChange} (WebSocket, console) receive it like a local one; the relay itself skips it, so a change
 * travels once.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface Relayed {

    final class Literal extends AnnotationLiteral<Relayed> implements Relayed {
        private static final long serialVersionUID = 1L;
        public static final Literal INSTANCE = new Literal();
    }
}
