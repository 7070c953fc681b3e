package org.asskomm.platform.api.error;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects every field error of an input, then throws them together as one {@link ValidationException}. */
public final class Validator {

    private final List<FieldError> errors = new ArrayList<>();

    public Validator check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validator required(String field, Object value) {
        return check(value != null, field, "is required");
    }

    public Validator notBlank(String field, String value) {
        return check(value != null && !value.isBlank(), field, "is required and must not be blank");
    }

    public Validator maxLength(String field, String value, int max) {
        return check(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    /** Required text of at most {@code max} characters. */
    public Validator text(String field, String value, int max) {
        notBlank(field, value);
        return maxLength(field, value, max);
    }

    public Validator notEmpty(String field, Collection<?> value) {
        return check(value != null && !value.isEmpty(), field, "must not be empty");
    }

    /** A money amount: not negative, at most two decimals (whole cents). */
    public Validator money(String field, BigDecimal value) {
        if (value == null) {
            return this;
        }
        check(value.signum() >= 0, field, "must not be negative");
        // money columns are NUMERIC(14,2): more than 12 digits before the point would overflow in the database
        check(value.precision() - value.scale() <= 12, field, "must be below 1,000,000,000,000");
        return check(value.stripTrailingZeros().scale() <= 2, field, "must have at most two decimals (cents)");
    }

    /** Adds the errors of a nested object under a prefix, e.g. {@code parties[0]}. */
    public Validator nested(String prefix, Validator other) {
        for (FieldError e : other.errors) {
            errors.add(new FieldError(prefix + "." + e.field(), e.message()));
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
