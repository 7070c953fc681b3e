package org.asskomm.platform.api.error;

import java.util.List;

/**
 * A failure the client can understand and fix. The REST layer renders it as
 * {@code application/problem+json} (RFC 9457); it is never logged as a server error.
 */
public abstract class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    protected ProblemException(String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
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
