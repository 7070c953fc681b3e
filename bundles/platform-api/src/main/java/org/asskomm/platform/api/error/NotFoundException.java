package org.asskomm.platform.api.error;

import java.util.List;

import org.asskomm.platform.api.i18n.Message;

/** 404: the addressed resource does not exist. */
public class NotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(detail, List.of());
    }

    /** @since 1.2 */
    public NotFoundException(Message detail) {
        super(detail, List.of());
    }

    /**
     * The detail by message key and arguments.
     *
     * @since 1.2
     */
    public static NotFoundException of(String key, Object... args) {
        return new NotFoundException(Message.of(key, args));
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }

    @Override
    public String type() {
        return "not-found";
    }
}
