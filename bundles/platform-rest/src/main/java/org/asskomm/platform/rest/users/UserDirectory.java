package org.asskomm.platform.rest.users;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;

/**
 * Lists the users of one JAAS realm through the backing engines of its login modules, as Karaf's
 * {@code jaas:user-list} does: each login module entry names its module class in the option
 * {@code org.apache.karaf.jaas.module}; the engine factory for that class reads the module's store. Users of
 * several modules (properties and public keys) are merged by name. Login modules without an engine (LDAP
 * through a read-only directory, for example) contribute nobody.
 */
public final class UserDirectory {

    /** The option under which Karaf's proxy login module keeps the real module class. */
    static final String MODULE_OPTION = "org.apache.karaf.jaas.module";

    private final String realm;
    private final List<JaasRealm> realms;
    private final List<BackingEngineFactory> factories;

    public UserDirectory(String realm, List<JaasRealm> realms, List<BackingEngineFactory> factories) {
        this.realm = realm;
        this.realms = List.copyOf(realms);
        this.factories = List.copyOf(factories);
    }

    public List<UserAccount> users() {
        Map<String, Set<String>> roles = new TreeMap<>();
        Map<String, Set<String>> groups = new TreeMap<>();
        for (JaasRealm r : realms) {
            if (!realm.equals(r.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : r.getEntries()) {
                BackingEngine engine = engineFor(entry);
                if (engine == null) {
                    continue;
                }
                for (UserPrincipal user : engine.listUsers()) {
                    Set<String> own = roles.computeIfAbsent(user.getName(), k -> new TreeSet<>());
                    Set<String> memberOf = groups.computeIfAbsent(user.getName(), k -> new TreeSet<>());
                    names(engine.listGroups(user)).forEach(g -> memberOf.add(withoutPrefix(g)));
                    for (String role : names(engine.listRoles(user))) {
                        // the properties engine passes on a group reference written with a blank ("a, _g_:b") as a role
                        if (role.startsWith(BackingEngine.GROUP_PREFIX)) {
                            memberOf.add(withoutPrefix(role));
                        } else {
                            own.add(role);
                        }
                    }
                    // a group's roles are the user's roles too
                    for (String group : memberOf) {
                        names(engine.listRoles(new GroupPrincipal(group))).stream()
                                .filter(role -> !role.startsWith(BackingEngine.GROUP_PREFIX)).forEach(own::add);
                    }
                }
            }
        }
        return roles.keySet().stream().sorted(Comparator.naturalOrder())
                .map(name -> new UserAccount(name, List.copyOf(roles.get(name)), List.copyOf(groups.get(name))))
                .toList();
    }

    private static String withoutPrefix(String group) {
        return group.startsWith(BackingEngine.GROUP_PREFIX) ? group.substring(BackingEngine.GROUP_PREFIX.length()) : group;
    }

    private static List<String> names(List<? extends java.security.Principal> principals) {
        return principals.stream().map(p -> p.getName().trim()).toList();
    }

    private BackingEngine engineFor(AppConfigurationEntry entry) {
        Object moduleClass = entry.getOptions().get(MODULE_OPTION);
        for (BackingEngineFactory factory : factories) {
            if (Objects.equals(factory.getModuleClass(), moduleClass)) {
                return factory.build(entry.getOptions());
            }
        }
        return null;
    }
}
