package org.asskomm.platform.api.error;

import java.util.List;

import org.asskomm.platform.api.i18n.Message;

/**
 * A failure the client can understand and fix. The REST layer renders it as
 * {@code application/problem+json} (RFC 9457); it is never logged as a server error.
 */
public abstract class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;
    private final Message detail;

    protected ProblemException(String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
        this.detail = Message.literal(detail);
    }

    /**
     * A problem whose detail is a text by message key; {@link #getMessage()} gives its key and arguments for logs.
     *
     * @since 1.2
     */
    protected ProblemException(Message detail, List<FieldError> errors) {
        super(detail.toString(), null, false, false);
        this.errors = List.copyOf(errors);
        this.detail = detail;
    }

    /**
     * The detail, resolved in the caller's language by the REST layer.
     *
     * @since 1.2
     */
    public Message detail() {
        return detail;
    }

    /**
     * The title by message key {@code problem.<type>.title}, {@link #title()} where no bundle defines it.
     *
     * @since 1.2
     */
    public Message titleText() {
        return Message.of("problem." + type() + ".title").orElse(title());
    }

    /** HTTP status of this kind of problem. */
    public abstract int status();

    /** Short, stable title of this kind of problem. */
    public abstract String title();

    /** Problem type suffix; the REST layer makes it a URI. */
    public abstract String type();

    public List<FieldError> errors() {
        return errors;
    }
}
