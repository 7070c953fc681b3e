package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Users of a municipal directory (LDAP, Active Directory) log in with the configuration docs/security.md documents
 * ("Directory users"): the shipped distribution as a real process, {@code etc/org.asskomm.ldap.cfg} pointing at a
 * real in-memory LDAP server (UnboundID) in this JVM, {@code realm = asskomm-directory}. Directory groups map to the
 * platform's roles; an account in no mapped group is refused. Runs on PostgreSQL with {@code -Dasskomm.itest.postgres}.
 */
public class DirectoryUsersIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestDirectory directory;
    private static KarafProcess karaf;

    @BeforeClass
    public static void boot() throws Exception {
        directory = TestDirectory.start();
        karaf = KarafProcess.unpack(Path.of("target", "directory-users-it"));
        Path home = karaf.home();
        Files.writeString(home.resolve("etc/org.asskomm.ldap.cfg"), directory.karafConfiguration());
        Path rest = home.resolve("etc/org.asskomm.rest.cfg");
        Files.writeString(rest, Files.readString(rest).replaceFirst("(?m)^#?realm\\s*=.*$", "realm = asskomm-directory"));
        KarafProcess.freshPostgresDatabase().ifPresent(url -> {
            try {
                karaf.usePostgres(url);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        karaf.startAndAwait();
    }

    @AfterClass
    public static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    public void directoryUsersGetExactlyTheRolesOfTheirGroups() throws Exception {
        Map<String, Set<String>> expected = Map.of(
                "lpr.mueller", Set.of("lpr-admin", "monitoring"),
                "kaemmerei.frankenberg", Set.of("municipality-14522150"),
                "pd.chemnitz", Set.of("police-chemnitz"),
                "statistik", Set.of("viewer"));
        for (Map.Entry<String, Set<String>> user : expected.entrySet()) {
            HttpResponse<String> session = karaf.call("GET", "/api/v1/console/session", user.getKey(), null);
            assertEquals(user.getKey() + ": " + session.body(), 200, session.statusCode());
            JsonNode json = JSON.readTree(session.body());
            Set<String> roles = new TreeSet<>();
            json.get("roles").forEach(r -> roles.add(r.asText()));
            assertEquals(user.getKey(), new TreeSet<>(user.getValue()), roles);
        }
        JsonNode police = JSON.readTree(karaf.call("GET", "/api/v1/console/session", "pd.chemnitz", null).body());
        assertTrue(police.get("police").asBoolean());
        assertEquals("Polizeidirektion Chemnitz", police.get("policeDirectorates").get(0).asText());
        // the roles work: the clerk reads its municipality's modules, not another's; the LPR imports nothing here
        assertEquals(200, karaf.call("GET", "/api/v1/municipalities/14522150/modules", "kaemmerei.frankenberg", null).statusCode());
        assertEquals(403, karaf.call("GET", "/api/v1/municipalities/14522140/modules", "kaemmerei.frankenberg", null).statusCode());
        assertEquals(200, karaf.call("GET", "/api/v1/users", "lpr.mueller", null).statusCode());
        assertEquals(403, karaf.call("GET", "/api/v1/users", "statistik", null).statusCode());
    }

    @Test
    public void anAccountInNoMappedGroupIsRefused() throws Exception {
        for (String user : new String[] {"praktikant", "ohne.gruppe"}) {
            HttpResponse<String> session = karaf.call("GET", "/api/v1/console/session", user, null);
            assertEquals(user + ": " + session.body(), 403, session.statusCode());
            assertTrue(session.body(), session.body().contains("keine Rolle in ASSKomm"));
            assertEquals(403, karaf.call("GET", "/api/v1/municipalities/14522150/modules", user, null).statusCode());
        }
    }

    @Test
    public void wrongPasswordsAndUnknownNamesAre401AndFileUsersStillLogIn() throws Exception {
        assertEquals(401, karaf.call("GET", "/api/v1/console/session", null, null).statusCode());
        HttpResponse<String> wrong = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(karaf.baseUrl() + "/api/v1/console/session")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("lpr.mueller:falsch".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        assertEquals(401, karaf.call("GET", "/api/v1/console/session", "niemand", null).statusCode());
        // the LPR's local accounts in etc/users.properties keep working next to the directory
        HttpResponse<String> admin = karaf.call("GET", "/api/v1/console/session", KarafProcess.ADMIN, null);
        assertEquals(admin.body(), 200, admin.statusCode());
        assertTrue(admin.body(), JSON.readTree(admin.body()).get("lprAdmin").asBoolean());
    }
}
