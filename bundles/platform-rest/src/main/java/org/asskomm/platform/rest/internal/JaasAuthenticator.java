package org.asskomm.platform.rest.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.asskomm.platform.api.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks user name and password against a Karaf JAAS realm (default {@code karaf}, i.e.
 * {@code etc/users.properties}; LDAP by configuring the realm). Successful logins are remembered for a
 * short time, keyed by a hash of the credentials, because a JAAS login per request is slow.
 */
@Component(service = JaasAuthenticator.class, configurationPid = RestConfig.PID)
@Designate(ocd = RestConfig.class)
public class JaasAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);
    private static final long CACHE_MILLIS = 30_000;

    private final String realm;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<CurrentUser>>> pending = new ConcurrentHashMap<>();

    @Activate
    public JaasAuthenticator(RestConfig config) {
        this(config.realm());
    }

    JaasAuthenticator(String realm) {
        this.realm = realm;
    }

    /** The user of a login that succeeded within the last seconds with exactly these credentials. */
    public Optional<CurrentUser> remembered(String user, String password) {
        return remembered(key(user, password));
    }

    private Optional<CurrentUser> remembered(String key) {
        Cached cached = cache.get(key);
        return cached != null && cached.expires > System.currentTimeMillis() ? Optional.of(cached.user) : Optional.empty();
    }

    /**
     * A JAAS login; the caller throttles (see {@link LoginThrottle}). Concurrent logins with the same credentials
     * share one check: when a remembered login expires, every request of a busy client would otherwise hash the
     * password at once (bcrypt, tens of milliseconds each).
     */
    public Optional<CurrentUser> authenticate(String user, String password) {
        String key = key(user, password);
        Optional<CurrentUser> remembered = remembered(key);
        if (remembered.isPresent()) {
            return remembered;
        }
        CompletableFuture<Optional<CurrentUser>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<CurrentUser>> running = pending.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            Optional<CurrentUser> result = login(user, password);
            if (result.isPresent()) {
                cache.put(key, new Cached(result.get(), System.currentTimeMillis() + CACHE_MILLIS));
            } else {
                cache.remove(key);
            }
            if (cache.size() > 10_000) {
                cache.clear();
            }
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            pending.remove(key, mine);
        }
    }

    private Optional<CurrentUser> login(String user, String password) {
        JaasLogin.Result result = JaasLogin.login(realm, user, password);
        if (result.user() == null) {
            LOG.info("Login of user '{}' failed: {}", user, result.failure());
        }
        return Optional.ofNullable(result.user());
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
