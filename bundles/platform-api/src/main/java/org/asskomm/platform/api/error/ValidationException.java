package org.asskomm.platform.api.error;

import java.util.List;

import org.asskomm.platform.api.i18n.Message;

/** 400: the input is malformed or breaks a rule; {@link #errors()} names the fields. */
public class ValidationException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors), errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /**
     * One field's error by message key and arguments.
     *
     * @since 1.2
     */
    public static ValidationException of(String field, String key, Object... args) {
        return new ValidationException(List.of(FieldError.of(field, key, args)));
    }

    private static String summary(List<FieldError> errors) {
        StringBuilder sb = new StringBuilder("Invalid input: ");
        for (int i = 0; i < errors.size(); i++) {
            FieldError e = errors.get(i);
            sb.append(i == 0 ? "" : "; ").append(e.field()).append(' ').append(e.message());
        }
        return sb.toString();
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }

    @Override
    public String type() {
        return "validation";
    }
}
