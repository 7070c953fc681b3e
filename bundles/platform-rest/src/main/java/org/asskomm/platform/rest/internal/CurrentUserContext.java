package org.asskomm.platform.rest.internal;

import javax.ws.rs.core.SecurityContext;

import org.apache.cxf.jaxrs.ext.ContextProvider;
import org.apache.cxf.message.Message;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.Users;

/**
 * Lets a resource method take the authenticated user as a parameter, {@code @Context CurrentUser user}, instead of
 * deriving it from the {@link SecurityContext} in every method. Part of every application's server (not a whiteboard
 * extension: it only reads what {@link AuthenticationFilter} has set).
 */
final class CurrentUserContext implements ContextProvider<CurrentUser> {

    @Override
    public CurrentUser createContext(Message message) {
        return Users.current(message.get(SecurityContext.class));
    }
}
