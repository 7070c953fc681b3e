package org.asskomm.platform.core.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * The JAAS realm {@code asskomm-directory} for users of a municipal LDAP or Active Directory, present only while
 * {@code etc/org.asskomm.ldap.cfg} exists: first the users of {@code etc/users.properties} (so the LPR's local
 * accounts keep working), then Karaf's {@code LDAPLoginModule} with the options of that file (connection, user and
 * group search, {@code role.mapping} from directory groups to the platform's roles). The REST API uses it with
 * {@code realm = asskomm-directory} in {@code etc/org.asskomm.rest.cfg}; docs/security.md, "Directory users".
 * <p>
 * One configuration PID only: with a second one ({@code org.apache.karaf.jaas}, as {@link OperatorRealm} has)
 * Felix SCR activated the component when the file existed at start, but not when an operator added it to a
 * running platform. Karaf's password hashing options are read from Configuration Admin when a login asks.
 */
@Component(service = JaasRealm.class, configurationPid = "org.asskomm.ldap", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DirectoryRealm implements JaasRealm {

    public static final String NAME = "asskomm-directory";

    private static final String LDAP_MODULE = "org.apache.karaf.jaas.modules.ldap.LDAPLoginModule";
    /** The option names of Karaf's LDAP module (LDAPOptions) that the file passes on, by prefix. */
    private static final List<String> LDAP_OPTIONS = List.of("connection.", "user.", "role.", "authentication",
        "initial.context.factory", "context.", "ssl", "disable.cache", "allow.empty.passwords", "usernames.trim",
        "detailed.login.exception");

    private final BundleContext context;
    private final Map<String, Object> config;
    private final ConfigurationAdmin configurations;

    @Activate
    public DirectoryRealm(BundleContext context, Map<String, Object> config, @Reference ConfigurationAdmin configurations) {
        this.context = context;
        this.config = Map.copyOf(config);
        this.configurations = configurations;
    }

    /** Karaf's JAAS options ({@code etc/org.apache.karaf.jaas.cfg}: password hashing), empty when there are none. */
    private Map<String, Object> karafJaasOptions() {
        Map<String, Object> options = new HashMap<>();
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=org.apache.karaf.jaas)");
            if (found != null && found[0].getProperties() != null) {
                Dictionary<String, Object> properties = found[0].getProperties();
                Collections.list(properties.keys()).forEach(key -> options.put(key, properties.get(key)));
            }
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("Cannot read the configuration org.apache.karaf.jaas", e);
        }
        return options;
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
        Bundle karaf = OperatorRealm.karafModules(context);
        Map<String, Object> directory = new HashMap<>(OperatorRealm.proxied(karaf.getBundleContext(), LDAP_MODULE));
        config.forEach((key, value) -> {
            if (LDAP_OPTIONS.stream().anyMatch(key::startsWith)) {
                directory.put(key, String.valueOf(value));
            }
        });
        // SUFFICIENT both: the first that accepts the user ends the login, a refusal passes on to the next
        return new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT,
                    OperatorRealm.usersFile(karaf, karafJaasOptions())),
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT, directory)
        };
    }
}
