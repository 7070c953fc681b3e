package org.asskomm.platform.core.municipality;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;

/**
 * The municipal directory in memory: it changes only on import, and every request that names a municipality reads
 * it. {@code revision} identifies the database state it was loaded from (row count and latest change).
 */
record DirectorySnapshot(String revision, Map<String, Municipality> byKey, List<Municipality> active,
                         List<String> districts, long loadedAtNanos) {

    /** A row of the directory: retired municipalities stay findable by key, but are no longer listed. */
    record Row(Municipality municipality, boolean active) {
    }

    static DirectorySnapshot of(String revision, List<Row> rows, long now) {
        Map<String, Municipality> byKey = rows.stream().map(Row::municipality)
                .collect(Collectors.toUnmodifiableMap(Municipality::ags, Function.identity()));
        List<Municipality> active = rows.stream().filter(Row::active).map(Row::municipality)
                .sorted(Comparator.comparing(Municipality::name).thenComparing(Municipality::ags)).toList();
        List<String> districts = active.stream().map(Municipality::district).distinct().sorted().toList();
        return new DirectorySnapshot(revision, byKey, active, districts, now);
    }

    Optional<Municipality> find(String ags) {
        return Optional.ofNullable(byKey.get(ags));
    }

    /** Active municipalities of a district (all when null) whose name contains the query, by name. */
    Page<Municipality> search(String district, String nameQuery, PageRequest page) {
        String q = nameQuery == null || nameQuery.isBlank() ? null : nameQuery.toLowerCase(Locale.ROOT);
        List<Municipality> matches = active.stream()
                .filter(m -> district == null || m.district().equals(district))
                .filter(m -> q == null || m.name().toLowerCase(Locale.ROOT).contains(q))
                .toList();
        int from = Math.min(page.offset(), matches.size());
        int to = Math.min(from + page.limit(), matches.size());
        return new Page<>(matches.subList(from, to), matches.size(), page.offset(), page.limit());
    }
}
