package org.asskomm.analysis.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.asskomm.analysis.api.AnalysisEvents;
import org.asskomm.analysis.api.AreaProfile;
import org.asskomm.analysis.api.AreaProfileService;
import org.asskomm.analysis.api.CrimeImport;
import org.asskomm.analysis.api.CrimeTableLevel;
import org.asskomm.analysis.api.ProfileRow;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Imports of police crime statistics tables and the area profile computed from them. */
@Component(service = AreaProfileService.class)
public class CrimeRegistry implements AreaProfileService {

    private static final String IMPORT_COLUMNS = "id, table_level, municipality, report_year, source, licence,"
            + " file_name, row_count, skipped_rows, imported_at, imported_by, superseded_by";

    /** The state-wide district table has no municipality: everybody signed in may see it. */
    static final Entity<CrimeImport> IMPORT = Entity.of(AnalysisModule.ID, "CrimeImport", CrimeRegistry::load,
            CrimeImport::municipality).readableWhen((u, i) -> i.municipality() == null || u.mayRead(i.municipality()));

    private final Database database;
    private final MunicipalityDirectory directory;
    private final Writes writes;
    private final Clock clock;

    @Activate
    public CrimeRegistry(@Reference Database database,
                         @Reference(target = "(asskomm.module=analysis)") ModuleSchema schema,
                         @Reference MunicipalityDirectory directory, @Reference Writes writes) {
        this(database, directory, writes, Clock.systemDefaultZone());
    }

    CrimeRegistry(Database database, MunicipalityDirectory directory, Writes writes, Clock clock) {
        this.database = database;
        this.directory = directory;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public CrimeImport importTable(CurrentUser user, CrimeTableLevel level, String municipality, Integer year,
                                   String source, String licence, String fileName, boolean replace, byte[] content) {
        String owner = municipality == null || municipality.isBlank() ? null : municipality.trim();
        if (owner == null) {
            user.requireLprAdmin();   // the state-wide district table is the LPR's to import
        } else {
            user.requireActFor(owner);
        }
        int thisYear = Year.now(clock).getValue();
        new Validator().required("level", level)
                .required("year", year)
                .rule(year == null || year >= 1990 && year <= thisYear, "year", "validation.between", 1990, thisYear)
                .text("source", source, 500).text("licence", licence, 500).maxLength("fileName", fileName, 200)
                .rule(level != CrimeTableLevel.MUNICIPALITY || municipality != null && !municipality.isBlank(),
                        "municipality", "analysis.crime.municipalityRequired")
                .rule(level != CrimeTableLevel.DISTRICT || municipality == null || municipality.isBlank(),
                        "municipality", "analysis.crime.municipalityEmpty")
                .rule(municipality == null || municipality.isBlank() || directory.find(municipality).isPresent(),
                        "municipality", "validation.unknownMunicipality", municipality)
                .throwIfInvalid();
        Set<String> areas = owner == null ? Populations.of(directory).districts().keySet() : Set.of(owner);
        CrimeTable.Result table = CrimeTable.read(content, level, areas);
        var create = writes.create(user, IMPORT, owner, "IMPORT");
        if (owner == null) {
            create.authorize(CurrentUser::requireLprAdmin);
        }
        return create.event(AnalysisEvents.CRIME_IMPORTED, (before, after) -> Map.of("level", level.name(), "year", year))
                .apply((c, id) -> insert(c, id, user, level, owner, year, source, licence, fileName, replace, table));
    }

    private void insert(Connection c, UUID id, CurrentUser user, CrimeTableLevel level, String owner, int year,
                        String source, String licence, String fileName, boolean replace, CrimeTable.Result table)
            throws SQLException {
        Where same = new Where().eq("table_level", level).eq("report_year", year).condition("superseded_by IS NULL")
                .condition(owner == null ? "municipality IS NULL" : "municipality = ?",
                        owner == null ? new Object[0] : new Object[] {owner});
        List<String> earlier = Sql.query(c, "SELECT id FROM analysis_crime_import" + same.sql() + " FOR UPDATE",
                rs -> rs.getString(1), same.params());
        if (!earlier.isEmpty() && !replace) {
            throw ConflictException.of("analysis.crime.alreadyImported", String.valueOf(year), level, earlier.get(0));
        }
        Sql.update(c, "INSERT INTO analysis_crime_import (" + IMPORT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, NULL)", id, level, owner, year, source.trim(), licence.trim(), fileName,
                table.rows().size(), table.skipped(), clock.instant(), user.name());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO analysis_crime_figure (import_id, area_key,"
                + " offence_key, offence_name, cases, attempts, cleared, suspects) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CrimeTable.Row r : table.rows()) {
                Sql.bind(ps, id, r.areaKey(), r.offenceKey(), r.offenceName(), r.cases(), r.attempts(), r.cleared(),
                        r.suspects());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        for (String e : earlier) {
            Sql.update(c, "UPDATE analysis_crime_import SET superseded_by = ? WHERE id = ?", id, e);
        }
    }

    private static Optional<CrimeImport> load(Connection c, UUID id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + IMPORT_COLUMNS + " FROM analysis_crime_import WHERE id = ?",
                CrimeRegistry::importOf, id);
    }

    private static CrimeImport importOf(java.sql.ResultSet rs) throws SQLException {
        return new CrimeImport(Sql.uuid(rs, "id"), CrimeTableLevel.valueOf(rs.getString("table_level")),
                rs.getString("municipality"), rs.getInt("report_year"), rs.getString("source"),
                rs.getString("licence"), rs.getString("file_name"), rs.getInt("row_count"),
                rs.getInt("skipped_rows"), Sql.instant(rs, "imported_at"), rs.getString("imported_by"),
                Sql.uuid(rs, "superseded_by"));
    }

    @Override
    public Page<CrimeImport> imports(CurrentUser user, CrimeTableLevel level, Integer year, PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("table_level", level).eq("report_year", year);
        if (!user.seesAll()) {
            List<Object> mine = new ArrayList<>(user.municipalities());
            where.condition("(municipality IS NULL" + (mine.isEmpty() ? ")" : " OR municipality IN ("
                    + String.join(", ", java.util.Collections.nCopies(mine.size(), "?")) + "))"), mine.toArray());
        }
        return database.read(c -> Sql.page(c, IMPORT_COLUMNS, "analysis_crime_import", where,
                "report_year DESC, imported_at DESC, id", page, CrimeRegistry::importOf));
    }

    @Override
    public AreaProfile profile(CurrentUser user, String ags, String offenceKey, Integer fromYear, Integer toYear) {
        user.requireAuthenticated();
        Municipality m = directory.require("municipality", ags);
        if (!user.mayRead(ags)) {
            throw NotFoundException.of("analysis.profile.notFound", ags);
        }
        Populations pop = Populations.of(directory);
        String district = Populations.districtKey(ags);
        Where where = new Where().condition("i.superseded_by IS NULL")
                .condition("(i.table_level = 'DISTRICT' OR (i.table_level = 'MUNICIPALITY' AND f.area_key = ?))", ags)
                .eq("f.offence_key", offenceKey)
                .conditionIf(fromYear, "i.report_year >= ?").conditionIf(toYear, "i.report_year <= ?");
        Map<String, Object[]> cells = new TreeMap<>();
        database.read(c -> Sql.query(c, "SELECT f.offence_key, f.offence_name, i.report_year, i.table_level,"
                + " f.area_key, f.cases FROM analysis_crime_figure f JOIN analysis_crime_import i ON i.id = f.import_id"
                + where.sql(), rs -> {
                    String key = rs.getString(1);
                    int year = rs.getInt(3);
                    // [name, year, municipality, district, saxony]
                    Object[] cell = cells.computeIfAbsent(key + "/" + year, k -> new Object[] {null, year, null,
                            null, null});
                    cell[0] = cell[0] == null ? rs.getString(2) : cell[0];
                    long cases = rs.getLong(6);
                    if ("MUNICIPALITY".equals(rs.getString(4))) {
                        cell[2] = cases;
                    } else {
                        cell[4] = (cell[4] == null ? 0L : (Long) cell[4]) + cases;
                        if (rs.getString(5).equals(district)) {
                            cell[3] = cases;
                        }
                    }
                    return null;
                }, where.params()));
        long districtPop = pop.districts().getOrDefault(district, 0L);
        List<ProfileRow> rows = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : cells.entrySet()) {
            Object[] v = e.getValue();
            rows.add(new ProfileRow(e.getKey().substring(0, e.getKey().indexOf('/')), (String) v[0], (Integer) v[1],
                    (Long) v[2], rate((Long) v[2], m.population()), (Long) v[3], rate((Long) v[3], districtPop),
                    (Long) v[4], rate((Long) v[4], pop.saxony())));
        }
        return new AreaProfile(ags, m.name(), district, m.population(), districtPop, pop.saxony(), rows,
                AreaProfile.METHOD);
    }

    /** Cases per 100,000 inhabitants, two decimals; null without cases or population. */
    static BigDecimal rate(Long cases, long population) {
        if (cases == null || population <= 0) {
            return null;
        }
        return BigDecimal.valueOf(cases).multiply(BigDecimal.valueOf(100_000))
                .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }
}
