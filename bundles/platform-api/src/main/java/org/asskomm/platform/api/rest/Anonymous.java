package org.asskomm.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or class) that answers without credentials: the health check and
 * public aggregate statistics. Everything else requires authentication. On a class, the whole resource is
 * public: the platform does not examine credentials there at all (a wrong password gets the public answer too).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Anonymous {
}
