package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.asskomm.platform.api.CurrentUser;
import org.junit.Test;

public class SecurityPostureTest {

    private static final SecurityPosture.PasswordCheck DEFAULT_WORKS = (user, password) ->
            new JaasLogin.Result(new CurrentUser(user, Set.of("lpr-admin")), false, null);
    private static final SecurityPosture.PasswordCheck DEFAULT_CHANGED = (user, password) ->
            new JaasLogin.Result(null, true, "Password for admin does not match");
    private static final SecurityPosture.PasswordCheck REALM_DOWN = (user, password) ->
            new JaasLogin.Result(null, false, "No LoginModules configured for karaf");

    @Test
    public void productionRefusesTheShippedCredentialsOnly() {
        SecurityPosture production = new SecurityPosture(true, DEFAULT_WORKS);
        assertTrue(production.refusal("admin", "admin").orElseThrow().contains("production mode"));
        assertFalse(production.refusal("admin", "a-new-password").isPresent());
        assertFalse(production.refusal("viewer", "admin").isPresent());
    }

    @Test
    public void developmentAcceptsTheShippedCredentials() {
        assertFalse(new SecurityPosture(false, DEFAULT_WORKS).refusal("admin", "admin").isPresent());
    }

    @Test
    public void warnsWhileTheShippedPasswordWorks() {
        assertEquals(1, checked(new SecurityPosture(false, DEFAULT_WORKS)).warnings().size());
        assertTrue(checked(new SecurityPosture(true, DEFAULT_WORKS)).warnings().get(0).contains("refuses"));
        assertTrue(checked(new SecurityPosture(false, DEFAULT_CHANGED)).warnings().isEmpty());
    }

    private static SecurityPosture checked(SecurityPosture posture) {
        assertTrue(posture.check());
        return posture;
    }

    @Test
    public void anUndecidedRealmIsNoWarningAndTheHealthCheckNeverAsksTheRealm() {
        AtomicInteger calls = new AtomicInteger();
        SecurityPosture posture = new SecurityPosture(false, (user, password) -> {
            calls.incrementAndGet();
            return REALM_DOWN.check(user, password);
        });
        assertTrue(posture.warnings().isEmpty());
        assertEquals("a health check makes no bcrypt comparison", 0, calls.get());
        assertFalse(posture.check());   // the start-up check retries on this answer
        assertTrue(posture.warnings().isEmpty());
        assertEquals(1, calls.get());
    }

    @Test
    public void aRealmThatThrowsIsUndecidedSoTheScheduledCheckKeepsRunning() {
        SecurityPosture posture = new SecurityPosture(false, (user, password) -> {
            throw new IllegalStateException("realm gone");
        });
        assertFalse(posture.check());
        assertTrue(posture.warnings().isEmpty());
    }

    @Test
    public void modeComesFromTheConfiguration() {
        assertTrue(SecurityPosture.isProduction(Map.of("mode", " Production ")));
        assertFalse(SecurityPosture.isProduction(Map.of("mode", "development")));
        assertFalse(SecurityPosture.isProduction(Map.of()));
    }
}
