package org.asskomm.platform.api.error;

import java.util.List;

import org.asskomm.platform.api.i18n.Message;

/** 401: no valid credentials were sent. */
public class NotAuthenticatedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super(Message.of("problem.unauthenticated"), List.of());
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Authentication required";
    }

    @Override
    public String type() {
        return "unauthenticated";
    }
}
