package org.asskomm.platform.core.security;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;

import org.junit.Test;

public class DefaultPasswordGuardTest {

    private static DefaultPasswordGuard guard(boolean production, CallbackHandler handler) {
        DefaultPasswordGuard guard = new DefaultPasswordGuard();
        guard.initialize(new Subject(), handler, Map.of(), Map.of(DefaultPasswordGuard.PRODUCTION, Boolean.toString(production)));
        return guard;
    }

    private static CallbackHandler password(String user, String password) {
        return callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof NameCallback name) {
                    name.setName(user);
                } else if (c instanceof PasswordCallback p) {
                    p.setPassword(password.toCharArray());
                } else {
                    throw new UnsupportedCallbackException(c);
                }
            }
        };
    }

    @Test
    public void productionRefusesTheShippedPasswordOnly() throws Exception {
        assertThrows(FailedLoginException.class, () -> guard(true, password("admin", "admin")).login());
        assertFalse("another password is left to the realm", guard(true, password("admin", "s3cret")).login());
        assertFalse(guard(true, password("frankenberg", "admin")).login());
    }

    @Test
    public void developmentAndPublicKeyLoginsAreLeftToTheRealm() throws Exception {
        assertFalse(guard(false, password("admin", "admin")).login());
        CallbackHandler publicKey = callbacks -> {
            throw new UnsupportedCallbackException(callbacks[0]);
        };
        assertFalse(guard(true, publicKey).login());
    }

    @Test
    public void theModeIsReadLikeTheRestApiReadsIt() {
        assertFalse(DefaultPasswordGuard.isProduction(null));
        assertFalse(DefaultPasswordGuard.isProduction("development"));
        org.junit.Assert.assertTrue(DefaultPasswordGuard.isProduction(" Production "));
    }
}
