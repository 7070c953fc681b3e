package org.asskomm.platform.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards against the credentials the distribution ships with ({@code admin}/{@code admin} in
 * {@code etc/users.properties}). In production mode ({@code mode = production} in
 * {@code etc/org.asskomm.rest.cfg}) such a login is refused; in both modes the platform checks in the background
 * whether the shipped password still works, logs a loud warning while it does and lists it in the
 * health check's {@code warnings}. The check is a bcrypt comparison, so it waits until the boot is over and is
 * never made in a request's thread.
 */
@Component(service = SecurityPosture.class, configurationPid = "org.asskomm.rest")
public class SecurityPosture {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityPosture.class);

    /** User name and password of the distribution's own {@code etc/users.properties}. */
    static final String DEFAULT_USER = "admin";
    static final String DEFAULT_PASSWORD = "admin";

    /** After the boot: a bcrypt comparison costs a cold JVM a CPU-second, and nothing waits for the answer. */
    private static final long START_DELAY_MILLIS = 20_000;
    private static final long RETRY_MILLIS = 2_000;
    private static final long RECHECK_MILLIS = 60_000;
    private static final int START_ATTEMPTS = 30;

    /** Checks the password of a user against the realm: the function a test replaces. */
    interface PasswordCheck {
        JaasLogin.Result check(String user, String password);
    }

    private final boolean production;
    private final PasswordCheck passwordCheck;
    private volatile Boolean defaultPasswordWorks;   // null: not known yet
    private ScheduledExecutorService checks;
    private int startAttempts;

    @Activate
    public SecurityPosture(Map<String, Object> config) {
        this(isProduction(config), (user, password) ->
                JaasLogin.login(String.valueOf(config.getOrDefault("realm", "karaf")), user, password));
        checks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "asskomm-default-password-check");
            thread.setDaemon(true);
            return thread;
        });
        checks.schedule(this::checkAtStart, START_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    SecurityPosture(boolean production, PasswordCheck passwordCheck) {
        this.production = production;
        this.passwordCheck = passwordCheck;
    }

    static boolean isProduction(Map<String, Object> config) {
        Object mode = config.get("mode");
        return mode != null && "production".equalsIgnoreCase(mode.toString().trim());
    }

    @Deactivate
    void deactivate() {
        if (checks != null) {
            checks.shutdownNow();
        }
    }

    public boolean isProduction() {
        return production;
    }

    /** Why this login is refused before the realm is asked, if it is. */
    public Optional<String> refusal(String user, String password) {
        if (production && DEFAULT_USER.equals(user) && DEFAULT_PASSWORD.equals(password)) {
            return Optional.of("The shipped default password of user '" + DEFAULT_USER + "' is not accepted in "
                    + "production mode. Set a new password in etc/users.properties.");
        }
        return Optional.empty();
    }

    /** Operator warnings for the health check: none while the shipped credentials fail or are not checked yet. */
    public List<String> warnings() {
        if (!Boolean.TRUE.equals(defaultPasswordWorks)) {
            return List.of();
        }
        return List.of(production
                ? "User '" + DEFAULT_USER + "' still has the shipped default password; production mode refuses "
                        + "it. Set a new password in etc/users.properties."
                : "User '" + DEFAULT_USER + "' still has the shipped default password (development mode). Set a new "
                        + "password in etc/users.properties before anyone else can reach this instance.");
    }

    /**
     * Asks the realm whether the shipped credentials work; returns false when it could not decide (the last answer
     * stays). Never throws: a scheduled check that threw would not run again.
     */
    boolean check() {
        JaasLogin.Result result;
        try {
            result = passwordCheck.check(DEFAULT_USER, DEFAULT_PASSWORD);
        } catch (RuntimeException e) {
            LOG.debug("The JAAS realm could not check the shipped password", e);
            return false;
        }
        if (result.user() == null && !result.rejected()) {
            return false;
        }
        defaultPasswordWorks = result.user() != null;
        return true;
    }

    /** The realm may not be ready yet: retry for a while until it decides, then check again every minute. */
    private void checkAtStart() {
        if (check()) {
            if (defaultPasswordWorks) {
                LOG.warn("****************************************************************************");
                LOG.warn("* {}", warnings().get(0));
                LOG.warn("****************************************************************************");
            }
        } else if (++startAttempts < START_ATTEMPTS) {
            checks.schedule(this::checkAtStart, RETRY_MILLIS, TimeUnit.MILLISECONDS);
            return;
        } else {
            LOG.warn("Could not check whether user '{}' still has the shipped default password: the JAAS realm did "
                    + "not answer", DEFAULT_USER);
        }
        checks.scheduleWithFixedDelay(this::check, RECHECK_MILLIS, RECHECK_MILLIS, TimeUnit.MILLISECONDS);
    }
}
