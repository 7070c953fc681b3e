package org.asskomm.platform.api.error;

/** What is wrong with one field of the input; {@code field} is a JSON path such as {@code parties[1].name}. */
public record FieldError(String field, String message) {
}
