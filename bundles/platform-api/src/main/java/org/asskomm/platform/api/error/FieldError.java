package org.asskomm.platform.api.error;

import org.asskomm.platform.api.i18n.Message;

/**
 * What is wrong with one field of the input; {@code field} is a JSON path such as {@code parties[1].name}.
 * {@code text} is the message by key (resolved in the caller's language); {@code message} the text for logs, and
 * for errors made before message keys existed the text itself.
 */
public record FieldError(String field, String message, Message text) {

    public FieldError(String field, String message) {
        this(field, message, Message.literal(message));
    }

    /**
     * What is wrong with a field, by message key.
     *
     * @since 1.2
     */
    public static FieldError of(String field, String key, Object... args) {
        return of(field, Message.of(key, args));
    }

    /** @since 1.2 */
    public static FieldError of(String field, Message text) {
        return new FieldError(field, text.toString(), text);
    }
}
