package org.asskomm.platform.api.error;

import java.util.List;

/** 401: no valid credentials were sent. */
public class NotAuthenticatedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("Send valid credentials (HTTP Basic).", List.of());
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
