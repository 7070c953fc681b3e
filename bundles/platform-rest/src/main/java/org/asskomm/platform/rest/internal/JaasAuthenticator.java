package org.asskomm.platform.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.asskomm.platform.api.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks user name and password against a Karaf JAAS realm (default {@code karaf}, i.e.
 * {@code etc/users.properties}; LDAP by configuring the realm). Successful logins are remembered for a
 * short time, keyed by a hash of the credentials, because a JAAS login per request is slow.
 */
public class JaasAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);
    private static final long CACHE_MILLIS = 30_000;

    private final String realm;
    private final LoginThrottle throttle;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public JaasAuthenticator(String realm, LoginThrottle throttle) {
        this.realm = realm;
        this.throttle = throttle;
    }

    public Optional<CurrentUser> authenticate(String user, String password) {
        String key = key(user, password);
        Cached cached = cache.get(key);
        long now = System.currentTimeMillis();
        if (cached != null && cached.expires > now) {
            return Optional.of(cached.user);
        }
        if (throttle.isLockedOut(user)) {
            LOG.info("Login of user '{}' refused: locked out after repeated failures", user);
            return Optional.empty();
        }
        Optional<CurrentUser> result = login(user, password);
        if (result.isPresent()) {
            throttle.succeeded(user);
            cache.put(key, new Cached(result.get(), now + CACHE_MILLIS));
        } else {
            throttle.failed(user);
            cache.remove(key);
        }
        if (cache.size() > 10_000) {
            cache.clear();
        }
        return result;
    }

    private Optional<CurrentUser> login(String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader
        thread.setContextClassLoader(JaasAuthenticator.class.getClassLoader());
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
            return Optional.of(new CurrentUser(user, roles));
        } catch (LoginException e) {
            LOG.info("Login of user '{}' failed: {}", user, e.getMessage());
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String key(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Cached(CurrentUser user, long expires) {
    }
}
