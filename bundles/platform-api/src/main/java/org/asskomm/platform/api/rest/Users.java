package org.asskomm.platform.api.rest;

import javax.ws.rs.core.SecurityContext;

import org.asskomm.platform.api.CurrentUser;

/**
 * The current user of a JAX-RS request. A resource method usually takes it as a parameter,
 * {@code @Context CurrentUser user} (the platform's servers provide it); this is for the places without one. Here rather than on {@link CurrentUser}, so that the API's root package
 * is free of JAX-RS (shell commands, services and events use it without a web stack).
 */
public final class Users {

    private Users() {
    }

    /** The user the REST layer authenticated for this request (anonymous when none). */
    public static CurrentUser current(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof CurrentUser user ? user : CurrentUser.ANONYMOUS;
    }
}
