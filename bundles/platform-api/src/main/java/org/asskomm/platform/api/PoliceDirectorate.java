package org.asskomm.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Polizeidirektion of the Saxon police and the districts it serves. The mapping is data, kept in
 * {@code police-directorates.properties} next to this class; the role {@code police-<id>} scopes a police user
 * to the directorate's districts (see {@link CurrentUser#policeMayRead(String)}).
 *
 * @param id        the suffix of the role, e.g. {@code chemnitz} for {@code police-chemnitz}
 * @param name      the German name, e.g. "Polizeidirektion Chemnitz"
 * @param districts district keys: the first five digits of the AGS of the municipalities it serves
 */
public record PoliceDirectorate(String id, String name, Set<String> districts) {

    private static final String RESOURCE = "police-directorates.properties";
    private static final Map<String, PoliceDirectorate> ALL = load();

    public PoliceDirectorate {
        districts = Set.copyOf(districts);
    }

    /** All directorates, by id. */
    public static List<PoliceDirectorate> all() {
        return ALL.values().stream().sorted(Comparator.comparing(PoliceDirectorate::id)).toList();
    }

    public static Optional<PoliceDirectorate> find(String id) {
        return Optional.ofNullable(id == null ? null : ALL.get(id));
    }

    /** Serves the municipality with that AGS: its first five digits are one of the directorate's districts. */
    public boolean serves(String ags) {
        return ags != null && ags.length() >= 5 && districts.contains(ags.substring(0, 5));
    }

    private static Map<String, PoliceDirectorate> load() {
        Properties properties = new Properties();
        try (InputStream in = PoliceDirectorate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the platform API");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> ids = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            ids.add(key.substring(0, key.indexOf('.')));
        }
        return ids.stream().map(id -> new PoliceDirectorate(id, properties.getProperty(id + ".name"),
                        Arrays.stream(properties.getProperty(id + ".districts").split(","))
                                .map(String::trim).collect(Collectors.toSet())))
                .collect(Collectors.toUnmodifiableMap(PoliceDirectorate::id, Function.identity()));
    }
}
