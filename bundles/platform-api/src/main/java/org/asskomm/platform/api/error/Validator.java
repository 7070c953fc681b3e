package org.asskomm.platform.api.error;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.asskomm.platform.api.i18n.Message;

/** Collects every field error of an input, then throws them together as one {@link ValidationException}. */
public final class Validator {

    private final List<FieldError> errors = new ArrayList<>();

    public Validator check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /**
     * A rule whose message is a text by key, e.g. {@code check(ok, "periodEnd", Message.of("x.notBefore",
     * Message.field("periodStart")))}.
     *
     * @since 1.2
     */
    public Validator check(boolean ok, String field, Message message) {
        if (!ok) {
            errors.add(FieldError.of(field, message));
        }
        return this;
    }

    /**
     * A rule by message key and arguments.
     *
     * @since 1.2
     */
    public Validator rule(boolean ok, String field, String key, Object... args) {
        return ok ? this : check(false, field, Message.of(key, args));
    }

    public Validator required(String field, Object value) {
        return rule(value != null, field, "validation.required");
    }

    public Validator notBlank(String field, String value) {
        return rule(value != null && !value.isBlank(), field, "validation.notBlank");
    }

    public Validator maxLength(String field, String value, int max) {
        return rule(value == null || value.length() <= max, field, "validation.maxLength", max);
    }

    /** Required text of at most {@code max} characters. */
    public Validator text(String field, String value, int max) {
        notBlank(field, value);
        return maxLength(field, value, max);
    }

    public Validator notEmpty(String field, Collection<?> value) {
        return rule(value != null && !value.isEmpty(), field, "validation.notEmpty");
    }

    /** A money amount: not negative, at most two decimals (whole cents). */
    public Validator money(String field, BigDecimal value) {
        if (value == null) {
            return this;
        }
        rule(value.signum() >= 0, field, "validation.notNegative");
        // money columns are NUMERIC(14,2): more than 12 digits before the point would overflow in the database
        rule(value.precision() - value.scale() <= 12, field, "validation.moneyTooLarge");
        return rule(value.stripTrailingZeros().scale() <= 2, field, "validation.cents");
    }

    /** Adds the errors of a nested object under a prefix, e.g. {@code parties[0]}. */
    public Validator nested(String prefix, Validator other) {
        for (FieldError e : other.errors) {
            errors.add(new FieldError(prefix + "." + e.field(), e.message(), e.text()));
        }
        return this;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
