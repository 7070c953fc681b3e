package org.asskomm.platform.rest.users;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngineFactory;
import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a real users.properties through Karaf's own properties backing engine. */
public class UserDirectoryTest {

    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final String HASH = "{CRYPT}8c6976e5b5410415bde908bd4dee15dfb167a9c873fc4bb8a81f6f2ab448a918{CRYPT}";

    @Test
    public void listsUsersWithTheirOwnAndTheirGroupsRolesButNoPasswords() throws Exception {
        Path file = Files.createTempFile("users", ".properties");
        Files.writeString(file, """
                admin = %s, lpr-admin
                frankenberg = secret, municipality-14522150, _g_:staff
                floeha = secret,municipality-14522140,_g_:staff
                _g_\\:staff = group, viewer
                """.formatted(HASH));
        List<UserAccount> users = directory("karaf", file).users();

        assertEquals(List.of("admin", "floeha", "frankenberg"), users.stream().map(UserAccount::name).toList());
        assertEquals(List.of("lpr-admin"), users.get(0).roles());
        assertEquals(List.of(), users.get(0).groups());
        // group references with and without a blank after the comma
        assertEquals(List.of("municipality-14522140", "viewer"), users.get(1).roles());
        assertEquals(List.of("municipality-14522150", "viewer"), users.get(2).roles());
        assertEquals(List.of("staff"), users.get(2).groups());
        String json = new ObjectMapper().writeValueAsString(users);
        assertFalse(json, json.contains("8c6976e5") || json.contains("secret") || json.contains("CRYPT"));
    }

    @Test
    public void onlyTheConfiguredRealmCounts() throws Exception {
        Path file = Files.createTempFile("users", ".properties");
        Files.writeString(file, "admin = admin, lpr-admin\n");
        assertTrue(directory("other", file).users().isEmpty());
    }

    private static UserDirectory directory(String realmName, Path file) {
        AppConfigurationEntry entry = new AppConfigurationEntry("org.apache.karaf.jaas.boot.ProxyLoginModule",
                LoginModuleControlFlag.REQUIRED, Map.of(UserDirectory.MODULE_OPTION, PROPERTIES_MODULE,
                        "users", file.toString()));
        JaasRealm realm = new JaasRealm() {
            @Override
            public String getName() {
                return "karaf";
            }

            @Override
            public int getRank() {
                return 0;
            }

            @Override
            public AppConfigurationEntry[] getEntries() {
                return new AppConfigurationEntry[] {entry};
            }
        };
        return new UserDirectory(realmName, List.of(realm), List.of(new PropertiesBackingEngineFactory()));
    }
}
