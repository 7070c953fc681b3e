package org.asskomm.platform.api;

import org.asskomm.platform.api.error.Validator;

/** Offset pagination as every list endpoint takes it ({@code ?offset=&limit=}). */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** Validates raw query parameters; nulls mean defaults. */
    public static PageRequest of(Integer offset, Integer limit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        new Validator()
                .rule(o >= 0, "offset", "validation.atLeast", 0)
                .rule(l >= 1 && l <= MAX_LIMIT, "limit", "validation.between", 1, MAX_LIMIT)
                .throwIfInvalid();
        return new PageRequest(o, l);
    }
}
