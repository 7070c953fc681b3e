package org.asskomm.platform.api.error;

import java.util.List;

/** 409: the request conflicts with the current state (illegal transition, stale version, exhausted budget). */
public class ConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(detail, List.of());
    }

    /**
     * The platform's one wording for a stale optimistic-locking version.
     *
     * @since 1.1
     */
    public static ConflictException staleVersion(String entity, Object id) {
        return new ConflictException(entity + " " + id
                + " was changed by someone else (stale version); reload it and apply your change again.");
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }

    @Override
    public String type() {
        return "conflict";
    }
}
