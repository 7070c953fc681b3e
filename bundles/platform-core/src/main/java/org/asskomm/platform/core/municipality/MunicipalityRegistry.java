package org.asskomm.platform.core.municipality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.admin.DirectoryImport;
import org.asskomm.platform.api.admin.ImportResult;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.core.db.JdbcSchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The municipality registry, seeded on first start from the directory the bundle ships
 * (Destatis GV100AD, 30 Nov 2023: all 418 Saxon municipalities).
 */
@Component(service = {MunicipalityDirectory.class, DirectoryImport.class})
public class MunicipalityRegistry implements MunicipalityDirectory, DirectoryImport {

    static final String SEED = "/data/sachsen-gemeinden-2023-11-30.csv";
    private static final Logger LOG = LoggerFactory.getLogger(MunicipalityRegistry.class);
    private static final String COLUMNS = "ags, ars, name, district, type, area_ha, population, postcode";

    /** How long the in-memory directory is trusted before its revision is checked against the database again. */
    private static final long REVALIDATE_NANOS = 5_000_000_000L;

    private final Database database;
    private final AuditLog audit;
    private volatile DirectorySnapshot snapshot;

    @Activate
    public MunicipalityRegistry(@Reference Database database,
                                @Reference(target = "(asskomm.module=platform)") ModuleSchema schema,
                                @Reference AuditLog audit) {
        this.database = database;
        this.audit = audit;
        seedIfEmpty(); // the schema reference: the platform tables exist
    }

    /** Under the migration lock, so that two nodes booting on one empty database do not both seed it. */
    private void seedIfEmpty() {
        database.inTransaction(c -> {
            JdbcSchemaMigrations.lockAcrossNodes(c);
            if (Sql.count(c, "SELECT COUNT(*) FROM platform_municipality") == 0) {
                try (InputStream in = MunicipalityRegistry.class.getResourceAsStream(SEED)) {
                    ImportResult result = importDirectory(CurrentUser.SYSTEM, in); // joins this transaction
                    LOG.info("Seeded the municipality registry: {} municipalities", result.total());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return null;
        });
    }

    @Override
    public Optional<Municipality> find(String ags) {
        if (!Municipality.isWellFormedKey(ags)) {
            return Optional.empty();
        }
        return snapshot().find(ags);
    }

    @Override
    public Municipality require(String field, String ags) {
        if (!Municipality.isWellFormedKey(ags)) {
            throw ValidationException.of(field, "validation.ags");
        }
        return find(ags).orElseThrow(() -> NotFoundException.of("platform.municipality.notFound", ags));
    }

    @Override
    public Page<Municipality> search(String district, String nameQuery, PageRequest page) {
        return snapshot().search(district, nameQuery, page);
    }

    @Override
    public List<String> districts() {
        return snapshot().districts();
    }

    @Override
    public String revision() {
        return snapshot().revision();
    }

    /**
     * The directory from memory. An import on this node replaces it at once; an import on another node of a cluster
     * is noticed by the cheap revision check made at most every {@link #REVALIDATE_NANOS}.
     */
    private DirectorySnapshot snapshot() {
        DirectorySnapshot s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.loadedAtNanos() > REVALIDATE_NANOS) {
            synchronized (this) {
                s = snapshot;
                if (s == null || now - s.loadedAtNanos() > REVALIDATE_NANOS) {
                    s = database.read(c -> {
                        String revision = Sql.queryOne(c, "SELECT COUNT(*), MAX(updated_at) FROM platform_municipality",
                                rs -> rs.getLong(1) + "-" + rs.getString(2)).orElse("0");
                        DirectorySnapshot current = snapshot;
                        if (current != null && current.revision().equals(revision)) {
                            return new DirectorySnapshot(revision, current.byKey(), current.active(), current.districts(), now);
                        }
                        return DirectorySnapshot.of(revision, Sql.query(c, "SELECT " + COLUMNS
                                + ", active FROM platform_municipality", rs -> new DirectorySnapshot.Row(map(rs),
                                rs.getBoolean("active"))), now);
                    });
                    snapshot = s;
                }
            }
        }
        return s;
    }

    /**
     * Re-imports a directory file of the shipped format: new keys are added, changed rows updated,
     * keys missing from the file retired (kept, so links from module data survive). All or nothing.
     */
    @Override
    public ImportResult importDirectory(CurrentUser user, InputStream csv) throws IOException {
        List<Municipality> incoming = DirectoryCsv.parse(csv);
        ImportResult imported = database.inTransaction(c -> {
            Map<String, Municipality> existing = new HashMap<>();
            for (Municipality m : Sql.query(c, "SELECT " + COLUMNS + " FROM platform_municipality WHERE active = TRUE",
                    MunicipalityRegistry::map)) {
                existing.put(m.ags(), m);
            }
            boolean known = Sql.count(c, "SELECT COUNT(*) FROM platform_municipality") > 0;
            int updated = 0;
            int unchanged = 0;
            Instant now = Instant.now();
            List<Municipality> added = new ArrayList<>();
            for (Municipality m : incoming) {
                Municipality old = existing.remove(m.ags());
                if (m.equals(old)) {
                    unchanged++;
                } else if (old == null && (!known
                        || Sql.update(c, "UPDATE platform_municipality SET active = TRUE WHERE ags = ?", m.ags()) == 0)) {
                    added.add(m);
                } else {
                    update(c, m, now);
                    updated++;
                }
            }
            insert(c, added, now);
            for (String retired : existing.keySet()) {
                Sql.update(c, "UPDATE platform_municipality SET active = FALSE, updated_at = ? WHERE ags = ?", now, retired);
            }
            ImportResult result = new ImportResult(added.size(), updated, unchanged, existing.size(), incoming.size());
            audit.record(c, user, new AuditEvent("platform", "MunicipalityDirectory", null,
                    known ? "IMPORT" : "SEED", null), null, result);
            return result;
        });
        snapshot = null;   // the next read loads the new directory
        return imported;
    }

    /** One batch: the first seeding inserts all 418 rows at every node's first boot. */
    private static void insert(Connection c, List<Municipality> added, Instant now) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform_municipality (" + COLUMNS
                + ", active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)")) {
            for (Municipality m : added) {
                Sql.bind(ps, m.ags(), m.ars(), m.name(), m.district(), m.type(), m.areaHectares(), m.population(),
                        m.postcode(), now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void update(Connection c, Municipality m, Instant now) throws SQLException {
        Sql.update(c, "UPDATE platform_municipality SET ars = ?, name = ?, district = ?, type = ?, area_ha = ?,"
                        + " population = ?, postcode = ?, active = TRUE, updated_at = ? WHERE ags = ?",
                m.ars(), m.name(), m.district(), m.type(), m.areaHectares(), m.population(), m.postcode(), now, m.ags());
    }

    private static Municipality map(ResultSet rs) throws SQLException {
        return new Municipality(rs.getString("ags"), rs.getString("ars"), rs.getString("name"),
                rs.getString("district"), rs.getInt("type"), rs.getLong("area_ha"), rs.getLong("population"),
                rs.getString("postcode"));
    }
}
