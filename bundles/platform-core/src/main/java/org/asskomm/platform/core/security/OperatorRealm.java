package org.asskomm.platform.core.security;

import java.io.File;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The JAAS realm of the operator's consoles ({@code sshRealm} in {@code etc/org.apache.karaf.shell.cfg}, so SSH
 * and {@code bin/client}; {@code jmxRealm} in {@code etc/org.apache.karaf.management.cfg}): Karaf's own
 * {@code karaf} realm (the same {@code etc/users.properties}, keys and password hashing) with
 * {@link DefaultPasswordGuard} in front, which refuses the shipped {@code admin}/{@code admin} in production
 * mode. The mode is read from {@code org.asskomm.rest}, the PID the REST API reads it from: one switch.
 * <p>
 * A realm of its own rather than a second {@code karaf} realm of higher rank: the REST API asks {@code karaf}
 * whether the shipped password still works to warn about it, and must keep getting a true answer.
 */
@Component(service = JaasRealm.class, configurationPid = {"org.asskomm.rest", "org.apache.karaf.jaas"})
public class OperatorRealm implements JaasRealm {

    public static final String NAME = "asskomm-operator";

    private static final String KARAF_MODULES = "org.apache.karaf.jaas.modules";
    private static final String PROPERTIES_MODULE = KARAF_MODULES + ".properties.PropertiesLoginModule";
    private static final String PUBLIC_KEY_MODULE = KARAF_MODULES + ".publickey.PublickeyLoginModule";
    private static final String[] PASSED_ON = {"detailed.login.exception", "encryption.name", "encryption.enabled",
        "encryption.prefix", "encryption.suffix", "encryption.algorithm", "encryption.encoding"};

    private final BundleContext context;
    private final boolean production;
    private final Map<String, Object> config;

    @Activate
    public OperatorRealm(BundleContext context, Map<String, Object> config) {
        this.context = context;
        this.config = Map.copyOf(config);
        this.production = DefaultPasswordGuard.isProduction(config.get("mode"));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        Map<String, Object> guard = proxied(context, DefaultPasswordGuard.class.getName());
        guard.put(DefaultPasswordGuard.PRODUCTION, Boolean.toString(production));
        Bundle karaf = karafModules(context);
        Map<String, Object> users = usersFile(karaf, config);
        Map<String, Object> keys = proxied(karaf.getBundleContext(), PUBLIC_KEY_MODULE);
        keys.put("users", System.getProperty("karaf.etc") + File.separatorChar + "keys.properties");
        return new AppConfigurationEntry[] {
            // REQUISITE: a refusal ends the login; otherwise the guard stays out of the decision
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUISITE, guard),
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.OPTIONAL, users),
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.OPTIONAL, keys)
        };
    }

    /** Karaf's login modules load from, and find the password encryption service through, their own bundle. */
    static Bundle karafModules(BundleContext context) {
        return Arrays.stream(context.getBundles()).filter(b -> KARAF_MODULES.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new IllegalStateException(KARAF_MODULES + " is not installed"));
    }

    /** The options of Karaf's properties module on {@code etc/users.properties}, with Karaf's password hashing. */
    static Map<String, Object> usersFile(Bundle karaf, Map<String, Object> jaasConfig) {
        Map<String, Object> users = proxied(karaf.getBundleContext(), PROPERTIES_MODULE);
        users.put("users", System.getProperty("karaf.etc") + File.separatorChar + "users.properties");
        for (String key : PASSED_ON) {
            if (jaasConfig.get(key) != null) {
                users.put(key, jaasConfig.get(key));
            }
        }
        return users;
    }

    static Map<String, Object> proxied(BundleContext owner, String module) {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), owner);
        options.put(ProxyLoginModule.PROPERTY_MODULE, module);
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(owner.getBundle().getBundleId()));
        return options;
    }
}
