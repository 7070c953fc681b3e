package org.asskomm.platform.api.error;

import java.util.List;

import org.asskomm.platform.api.i18n.Message;

/** 409: the request conflicts with the current state (illegal transition, stale version, exhausted budget). */
public class ConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(detail, List.of());
    }

    /** @since 1.2 */
    public ConflictException(Message detail) {
        super(detail, List.of());
    }

    /**
     * The detail by message key and arguments.
     *
     * @since 1.2
     */
    public static ConflictException of(String key, Object... args) {
        return new ConflictException(Message.of(key, args));
    }

    /**
     * The platform's one wording for a stale optimistic-locking version.
     *
     * @since 1.1
     */
    public static ConflictException staleVersion(String entity, Object id) {
        return new ConflictException(Message.of("problem.staleVersion", entity(entity), id));
    }

    /**
     * The name of an entity ({@code Agreement}) in the reader's language: the key {@code entity.<name>}, the name
     * itself where no bundle defines it.
     *
     * @since 1.2
     */
    public static Message entity(String name) {
        return Message.of("entity." + name).orElse(name);
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
