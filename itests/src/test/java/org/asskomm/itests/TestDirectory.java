package org.asskomm.itests;

import java.util.List;
import java.util.Map;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Entry;

/**
 * A municipal directory for the tests: a real LDAP server (UnboundID's in-memory server) on a free loopback port,
 * with people and groups as an administration's directory holds them, and the {@code etc/org.asskomm.ldap.cfg}
 * that connects ASSKomm to it (the configuration docs/security.md documents). Every person's password is
 * {@link KarafProcess#PASSWORD}.
 */
final class TestDirectory implements AutoCloseable {

    static final String BASE = "dc=lra-mittelsachsen,dc=test";
    static final String PEOPLE = "ou=people," + BASE;
    static final String GROUPS = "ou=groups," + BASE;
    private static final String MANAGER = "cn=asskomm-reader," + BASE;
    private static final String MANAGER_PASSWORD = "reader-secret";

    /** Directory group -> platform role(s), as role.mapping says. */
    static final Map<String, String> MAPPING = Map.of(
            "GG-ASSKomm-LPR", "lpr-admin",
            "GG-ASSKomm-Gemeinde-14522150", "municipality-14522150",
            "GG-Polizei-PD-Chemnitz", "police-chemnitz",
            "GG-ASSKomm-Lesen", "viewer",
            "GG-ASSKomm-Monitoring", "monitoring");

    /** Group -> members (uids); "Kantine" is a group the mapping does not know. */
    private static final Map<String, List<String>> MEMBERS = Map.of(
            "GG-ASSKomm-LPR", List.of("lpr.mueller"),
            "GG-ASSKomm-Monitoring", List.of("lpr.mueller"),
            "GG-ASSKomm-Gemeinde-14522150", List.of("kaemmerei.frankenberg"),
            "GG-Polizei-PD-Chemnitz", List.of("pd.chemnitz"),
            "GG-ASSKomm-Lesen", List.of("statistik"),
            "Kantine", List.of("praktikant"));
    private static final List<String> PERSONS = List.of("lpr.mueller", "kaemmerei.frankenberg", "pd.chemnitz",
            "statistik", "praktikant", "ohne.gruppe");

    private final InMemoryDirectoryServer server;

    private TestDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    static TestDirectory start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials(MANAGER, MANAGER_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", java.net.InetAddress.getLoopbackAddress(),
                0, null));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add(new Entry(BASE, List.of(new com.unboundid.ldap.sdk.Attribute("objectClass", "top", "domain"),
                new com.unboundid.ldap.sdk.Attribute("dc", "lra-mittelsachsen"))));
        server.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
        server.add("dn: " + GROUPS, "objectClass: organizationalUnit", "ou: groups");
        for (String uid : PERSONS) {
            server.add("dn: uid=" + uid + "," + PEOPLE, "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + uid,
                    "sn: " + uid, "userPassword: " + KarafProcess.PASSWORD);
        }
        for (Map.Entry<String, List<String>> group : MEMBERS.entrySet()) {
            Entry entry = new Entry("cn=" + group.getKey() + "," + GROUPS);
            entry.addAttribute("objectClass", "groupOfNames");
            entry.addAttribute("cn", group.getKey());
            for (String uid : group.getValue()) {
                entry.addAttribute("member", "uid=" + uid + "," + PEOPLE);
            }
            server.add(entry);
        }
        server.startListening();
        return new TestDirectory(server);
    }

    int port() {
        return server.getListenPort();
    }

    /** {@code etc/org.asskomm.ldap.cfg} for this directory, as docs/security.md shows it. */
    String karafConfiguration() {
        StringBuilder mapping = new StringBuilder();
        MAPPING.forEach((group, role) -> mapping.append(mapping.length() == 0 ? "" : ";").append(group).append('=').append(role));
        return String.join("\n",
                "connection.url = ldap://127.0.0.1:" + port(),
                "connection.username = " + MANAGER,
                "connection.password = " + MANAGER_PASSWORD,
                "user.base.dn = " + PEOPLE,
                "user.filter = (uid=%u)",
                "user.search.subtree = true",
                "role.base.dn = " + GROUPS,
                "role.filter = (member=%fqdn)",
                "role.name.attribute = cn",
                "role.search.subtree = true",
                "role.mapping = " + mapping,
                "authentication = simple",
                "");
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
