package org.asskomm.platform.api.error;

import java.util.List;

/** 403: the caller lacks the right for this action. */
public class AccessDeniedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String detail) {
        super(detail, List.of());
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
