package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * The operator's side of the shipped distribution, run as a real process (issue 25): the SSH console on
 * 127.0.0.1 only, the shipped admin/admin accepted in development and refused in production mode (one switch:
 * {@code mode} in etc/org.asskomm.rest.cfg), secrets, logs and backups not readable by others, a heap limit.
 * The methods run in name order: production mode comes last.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class OperatorSecurityIT {

    private static final String OPERATOR = "operator";
    private static final String OPERATOR_PASSWORD = "Geheim-2026";
    private static KarafProcess karaf;
    private static Path home;

    @BeforeClass
    public static void boot() throws Exception {
        karaf = ShippedDistribution.unpack(Path.of("target", "operator-security-it"));
        home = karaf.home();
        Files.writeString(home.resolve("etc/users.properties"), "\n" + OPERATOR + " = " + OPERATOR_PASSWORD
                + ", _g_:admingroup, lpr-admin\n", StandardOpenOption.APPEND);
        karaf.start();
        ShippedDistribution.awaitHealth(karaf, Duration.ofSeconds(180));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void a_theTarGzShipsTheSecretsReadableByTheOwnerOnly() throws Exception {
        String listing = KarafProcess.run(home, Map.of(), "tar", "tvzf", System.getProperty("asskomm.distribution"));
        for (String file : List.of("etc/users.properties", "etc/org.ops4j.datasource-asskomm.cfg")) {
            String line = listing.lines().filter(l -> l.endsWith("/" + file)).findFirst().orElseThrow();
            assertTrue(line, line.startsWith("-rw------- "));
        }
        assertTrue(listing.lines().filter(l -> l.endsWith("/bin/asskomm-shell")).findFirst().orElseThrow()
                .startsWith("-rwxr-xr-x "));
    }

    @Test
    public void b_secretsLogsAndTheDatabaseAreNotReadableByOthers() throws Exception {
        awaitHashed();
        for (String file : List.of("etc/users.properties", "etc/org.ops4j.datasource-asskomm.cfg")) {
            assertEquals(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(home.resolve(file)));
        }
        for (String file : List.of("data/log/karaf.log", "data/asskomm/asskomm.mv.db")) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(home.resolve(file));
            assertFalse(file + " " + mode, mode.contains(PosixFilePermission.OTHERS_READ));
        }
    }

    @Test
    public void c_backupsAreReadableByTheOwnerOnly() throws Exception {
        Path zip = home.resolve("backups/asskomm.zip");
        ShippedDistribution.Result script = ShippedDistribution.shell(home,
                Map.of("ASSKOMM_USER", "admin", "ASSKOMM_PASSWORD", "admin"),
                home.resolve("bin/asskomm-backup").toString(), zip.toString()).withInput("");
        assertEquals(script.output(), 0, script.exitCode());
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(zip));
    }

    @Test
    public void d_theHeapIsLimited() {
        String args = ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains("org.apache.karaf.main.Main") && c.contains(home.toString()))
                .findFirst().orElseThrow();
        assertTrue(args, args.contains("-Xms128m") && args.contains("-Xmx1g"));
    }

    @Test
    public void e_sshListensOnTheLoopbackAddressOnly() throws Exception {
        int port = sshPort();
        String listening = listeners(port);
        // 127.0.0.1, in /proc/net/tcp or IPv4-mapped (::ffff:127.0.0.1) in /proc/net/tcp6
        assertFalse("nothing listens on " + port, listening.isEmpty());
        for (String address : listening.split(",")) {
            assertTrue("listening sockets on " + port + ": " + listening,
                    address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F"));
        }
        Optional<InetAddress> other = NetworkInterface.networkInterfaces().filter(i -> !isLoopback(i))
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst();
        if (other.isPresent()) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(other.get(), port), 2000);
                throw new AssertionError("SSH answered on " + other.get());
            } catch (IOException expected) {
                // refused: nothing listens on that address
            }
        }
    }

    @Test
    public void f_developmentModeAcceptsTheShippedAdmin() throws Exception {
        ShippedDistribution.Result admin = ShippedDistribution.client(home, "admin", "admin", "shell:echo dev-ok\n");
        assertTrue(admin.output(), admin.output().contains("dev-ok"));
        assertEquals(admin.output(), 0, admin.exitCode());
    }

    @Test
    public void g_productionModeRefusesTheShippedAdminOnSshButNotOtherOperators() throws Exception {
        Path cfg = home.resolve("etc/org.asskomm.rest.cfg");
        Files.writeString(cfg, Files.readString(cfg).replaceFirst("(?m)^mode\\s*=.*$", "mode = production"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ShippedDistribution.Result admin;
        do {
            Thread.sleep(500);
            admin = ShippedDistribution.client(home, "admin", "admin", "shell:echo prod-admin\n");
        } while (admin.output().contains("prod-admin") && System.nanoTime() < deadline);
        assertFalse("admin/admin still opens the console: " + admin.output(), admin.output().contains("prod-admin"));
        assertNotEquals(0, admin.exitCode());

        ShippedDistribution.Result operator = ShippedDistribution.client(home, OPERATOR, OPERATOR_PASSWORD,
                "shell:echo prod-operator\n");
        assertTrue(operator.output(), operator.output().contains("prod-operator"));

        // and back: development mode accepts it again (the switch is live, like the REST API's)
        Files.writeString(cfg, Files.readString(cfg).replaceFirst("(?m)^mode\\s*=.*$", "mode = development"));
        deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            Thread.sleep(500);
            admin = ShippedDistribution.client(home, "admin", "admin", "shell:echo dev-again\n");
        } while (!admin.output().contains("dev-again") && System.nanoTime() < deadline);
        assertTrue(admin.output(), admin.output().contains("dev-again"));
    }

    /** Karaf hashes the plain passwords of users.properties soon after the start (and rewrites the file). */
    private static void awaitHashed() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Path users = home.resolve("etc/users.properties");
        while (!Files.readString(users).contains("{CRYPT}") && System.nanoTime() < deadline) {
            ShippedDistribution.client(home, OPERATOR, OPERATOR_PASSWORD, "shell:echo hash\n");
            Thread.sleep(500);
        }
        assertTrue("passwords not hashed", Files.readString(users).contains("{CRYPT}"));
    }

    private static int sshPort() throws IOException {
        Matcher m = Pattern.compile("(?m)^\\s*sshPort\\s*=\\s*(\\d+)").matcher(
                Files.readString(home.resolve("etc/org.apache.karaf.shell.cfg")));
        int port = -1;
        while (m.find()) {
            port = Integer.parseInt(m.group(1)); // the last value wins
        }
        return port;
    }

    /** The local addresses (hex, as in /proc/net/tcp) of the sockets listening on {@code port}. */
    private static String listeners(int port) throws IOException {
        String hexPort = String.format(":%04X", port);
        StringBuilder found = new StringBuilder();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[1].endsWith(hexPort) && "0A".equals(f[3])) { // 0A: LISTEN
                    found.append(found.length() == 0 ? "" : ",").append(f[1], 0, f[1].length() - hexPort.length());
                }
            }
        }
        return found.toString();
    }

    private static boolean isLoopback(NetworkInterface i) {
        try {
            return i.isLoopback() || !i.isUp();
        } catch (IOException e) {
            return true;
        }
    }
}
