package org.asskomm.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code BigDecimal} record component (or a list or map of them) as an amount of euros. The platform
 * writes it as a JSON number with exactly two decimal places ({@code 1300000.00}, never {@code 1.3E+6} or
 * {@code 1300000.0}), rounded half up, and the OpenAPI document types it {@code number} with
 * {@code multipleOf: 0.01}. Clients should read it as a decimal, not as a binary floating point number.
 *
 * @since 1.3
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Money {
}
