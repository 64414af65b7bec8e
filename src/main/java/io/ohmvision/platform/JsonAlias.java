package io.ohmvision.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Other names a request body may give this field by (JSON-B has none of its own): the names older clients send, so
 * that they keep working. {@link StrictJsonBodies} renames them before the body is bound; giving a field under two
 * of its names at once is refused. Name each alias in the field's {@code @Schema} description
 * ({@code JsonAliasDocumentationTest} checks that none is left out).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface JsonAlias {
    String[] value();
}
