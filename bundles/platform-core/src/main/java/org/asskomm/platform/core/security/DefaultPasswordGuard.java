package org.asskomm.platform.core.security;

import java.io.IOException;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

/**
 * Refuses the distribution's shipped credentials ({@code admin}/{@code admin}) in production mode, the rule the
 * REST API applies too. Otherwise it takes no part in the login: {@link #login()} returns false, which JAAS
 * treats as "ignore this module", so the realm's other modules decide (a public-key login has no password and
 * passes through as well).
 */
public class DefaultPasswordGuard implements LoginModule {

    static final String PRODUCTION = "asskomm.production";
    static final String DEFAULT_USER = "admin";
    static final String DEFAULT_PASSWORD = "admin";

    private CallbackHandler callbacks;
    private boolean production;

    static boolean isProduction(Object mode) {
        return mode != null && "production".equalsIgnoreCase(mode.toString().trim());
    }

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.callbacks = callbackHandler;
        this.production = Boolean.parseBoolean(String.valueOf(options.get(PRODUCTION)));
    }

    @Override
    public boolean login() throws LoginException {
        if (!production || callbacks == null) {
            return false;
        }
        NameCallback name = new NameCallback("user");
        PasswordCallback password = new PasswordCallback("password", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (UnsupportedCallbackException e) {
            return false; // no password in this login (a public key)
        } catch (IOException e) {
            throw new LoginException(e.toString());
        }
        char[] given = password.getPassword();
        password.clearPassword();
        if (DEFAULT_USER.equals(name.getName()) && given != null && DEFAULT_PASSWORD.equals(new String(given))) {
            throw new FailedLoginException("Das ausgelieferte Standardpasswort von 'admin' wird im Produktionsmodus "
                    + "abgelehnt; setzen Sie ein neues in etc/users.properties. (The shipped default password of "
                    + "'admin' is refused in production mode.)");
        }
        return false;
    }

    @Override
    public boolean commit() {
        return false;
    }

    @Override
    public boolean abort() {
        return false;
    }

    @Override
    public boolean logout() {
        return true;
    }
}
