package org.asskomm.platform.rest.internal;

import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.asskomm.platform.api.CurrentUser;

/** One JAAS login against a Karaf realm, with the user's roles from its role principals. */
final class JaasLogin {

    /**
     * The outcome: {@code user} on success; otherwise {@code rejected} tells a refused password or unknown
     * user (the realm answered) from a realm that could not decide (not yet started, misconfigured).
     */
    record Result(CurrentUser user, boolean rejected, String failure) {
    }

    private JaasLogin() {
    }

    static Result login(String realm, String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader
        thread.setContextClassLoader(JaasLogin.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback nc) {
                        nc.setName(user);
                    } else if (callback instanceof PasswordCallback pc) {
                        pc.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            Set<String> roles = new HashSet<>();
            for (Principal p : subject.getPrincipals()) {
                if (p.getClass().getSimpleName().equals("RolePrincipal")) {
                    roles.add(p.getName());
                }
            }
            return new Result(new CurrentUser(user, roles), false, null);
        } catch (FailedLoginException e) {
            return new Result(null, true, e.getMessage());
        } catch (LoginException e) {
            return new Result(null, false, e.getMessage());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
