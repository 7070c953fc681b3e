package org.asskomm.platform.core.db;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Finds the migration scripts {@code db/<moduleId>/V<n>__<description>.sql} of a bundle or on the class path. */
public final class MigrationScripts {

    private MigrationScripts() {
    }

    /** Every module's scripts in the bundle (usually one module), by module id; empty for a bundle without any. */
    public static Map<String, List<SqlScript>> inBundle(Bundle bundle) {
        Map<String, List<SqlScript>> byModule = new TreeMap<>();
        Enumeration<URL> entries = bundle.findEntries("db", "V*.sql", true);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String[] path = url.getPath().replaceFirst("^/", "").split("/");
            if (path.length == 3) { // db/<moduleId>/V<n>__x.sql; deeper files belong to no module
                SqlScript script = SqlScript.of(path[2], read(url));
                if (script != null) {
                    byModule.computeIfAbsent(path[1], m -> new ArrayList<>()).add(script);
                }
            }
        }
        byModule.values().forEach(scripts -> scripts.sort(Comparator.comparingInt(SqlScript::version)));
        return byModule;
    }

    /**
     * The module's scripts from the anchor's bundle, or from the class path outside OSGi (unit tests: a class-path
     * directory or jar), by version.
     */
    public static List<SqlScript> of(String moduleId, Class<?> anchor) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle != null) {
            return inBundle(bundle).getOrDefault(moduleId, List.of());
        }
        List<SqlScript> result = new ArrayList<>();
        URL dir = anchor.getResource("/db/" + moduleId);
        for (String name : dir == null ? List.<String>of() : listClassPath(dir)) {
            SqlScript script = SqlScript.of(name, read(anchor.getResource("/db/" + moduleId + "/" + name)));
            if (script != null) {
                result.add(script);
            }
        }
        result.sort(Comparator.comparingInt(SqlScript::version));
        return result;
    }

    private static List<String> listClassPath(URL dir) {
        List<String> names = new ArrayList<>();
        try {
            if (dir.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) dir.openConnection();
                connection.setUseCaches(false); // closing a cached JarFile would break the class loader
                String prefix = connection.getEntryName() + "/";
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                            .forEach(n -> names.add(n.substring(prefix.length())));
                }
            } else {
                String[] files = new File(dir.toURI()).list();
                names.addAll(List.of(files == null ? new String[0] : files));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list " + dir, e);
        }
        return names;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + url, e);
        }
    }
}
