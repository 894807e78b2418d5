package pl.certbank.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The most bytes a JSON body parameter takes; larger bodies get 413 (default {@link JsonBodies#DEFAULT_LIMIT}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface BodyLimit {

    int value();
}
