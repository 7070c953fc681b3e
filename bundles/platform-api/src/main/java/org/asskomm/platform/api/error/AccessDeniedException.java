package org.asskomm.platform.api.error;

import java.util.List;

import org.asskomm.platform.api.i18n.Message;

/** 403: the caller lacks the right for this action. */
public class AccessDeniedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String detail) {
        super(detail, List.of());
    }

    /** @since 1.2 */
    public AccessDeniedException(Message detail) {
        super(detail, List.of());
    }

    /**
     * The detail by message key and arguments.
     *
     * @since 1.2
     */
    public static AccessDeniedException of(String key, Object... args) {
        return new AccessDeniedException(Message.of(key, args));
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }

    @Override
    public String type() {
        return "forbidden";
    }
}
