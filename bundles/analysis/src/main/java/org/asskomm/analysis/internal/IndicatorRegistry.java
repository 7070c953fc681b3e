package org.asskomm.analysis.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.asskomm.analysis.api.AnalysisEvents;
import org.asskomm.analysis.api.IndicatorDraft;
import org.asskomm.analysis.api.IndicatorKind;
import org.asskomm.analysis.api.IndicatorSeries;
import org.asskomm.analysis.api.IndicatorService;
import org.asskomm.analysis.api.IndicatorValue;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
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

/** Regulatory offences and social indicators of a municipality, entered or imported as yearly series. */
@Component(service = IndicatorService.class)
public class IndicatorRegistry implements IndicatorService {

    static final Entity<IndicatorSeries> INDICATOR = Entity.of(AnalysisModule.ID, "Indicator",
            IndicatorRegistry::load, IndicatorSeries::municipality).versioned(IndicatorSeries::version);
    static final List<String> COLUMNS = List.of("Indikator", "Einheit", "Jahr", "Wert");

    private final Database database;
    private final MunicipalityDirectory directory;
    private final Writes writes;

    @Activate
    public IndicatorRegistry(@Reference Database database,
                             @Reference(target = "(asskomm.module=analysis)") ModuleSchema schema,
                             @Reference MunicipalityDirectory directory, @Reference Writes writes) {
        this.database = database;
        this.directory = directory;
        this.writes = writes;
    }

    @Override
    public IndicatorSeries save(CurrentUser user, IndicatorDraft d) {
        user.requireAuthenticated();
        if (d.municipality() != null && !d.municipality().isBlank()) {
            user.requireActFor(d.municipality());   // the right before the input is judged
        }
        Validator v = validate(d.municipality(), d.kind(), d.source())
                .text("name", d.name(), 200).text("unit", d.unit(), 50).notEmpty("values", d.values());
        Set<Integer> years = new HashSet<>();
        for (int i = 0; d.values() != null && i < d.values().size() && i < 200; i++) {
            IndicatorValue value = d.values().get(i);
            String field = "values[" + i + "]";
            v.rule(value != null, field, "validation.required");
            if (value != null) {
                v.rule(value.year() != null && value.year() >= 1990 && value.year() <= 2100, field + ".year",
                        "validation.between", 1990, 2100)
                        .rule(value.year() == null || years.add(value.year()), field + ".year", "analysis.indicator.yearTwice")
                        .required(field + ".value", value.value())
                        .rule(value.value() == null || value.value().abs().compareTo(BigDecimal.TEN.pow(12)) < 0
                                && value.value().stripTrailingZeros().scale() <= 2, field + ".value",
                                "analysis.indicator.value");
            }
        }
        v.rule(d.values() == null || d.values().size() <= 200, "values", "validation.maxEntries", 200);
        v.throwIfInvalid();
        return database.inTransaction(c -> persist(c, user, d));
    }

    private Validator validate(String municipality, IndicatorKind kind, String source) {
        return new Validator().notBlank("municipality", municipality)
                .rule(municipality == null || directory.find(municipality).isPresent(), "municipality",
                        "validation.unknownMunicipality", municipality)
                .required("kind", kind).text("source", source, 500);
    }

    /** Creates the series or sets the given years of the existing one; joins the caller's transaction. */
    private IndicatorSeries persist(Connection c, CurrentUser user, IndicatorDraft d) throws SQLException {
        Optional<UUID> existing = Sql.queryOne(c, "SELECT id FROM analysis_indicator WHERE municipality = ?"
                + " AND kind = ? AND name = ?", rs -> Sql.uuid(rs, "id"), d.municipality(), d.kind(), d.name().trim());
        Map<String, String> props = Map.of("kind", d.kind().name(), "name", d.name().trim());
        if (existing.isPresent()) {
            return writes.update(user, INDICATOR, existing.get(), "UPDATE")
                    .event(AnalysisEvents.INDICATOR_UPDATED, (before, after) -> props)
                    .apply((conn, before) -> {
                        Sql.update(conn, "UPDATE analysis_indicator SET unit = ?, source = ?, version = version + 1"
                                + " WHERE id = ?", d.unit().trim(), d.source().trim(), before.id());
                        values(conn, before.id(), d.values());
                    });
        }
        return writes.create(user, INDICATOR, d.municipality(), "CREATE")
                .event(AnalysisEvents.INDICATOR_CREATED, (before, after) -> props)
                .apply((conn, id) -> {
                    Sql.update(conn, "INSERT INTO analysis_indicator (id, municipality, kind, name, unit, source,"
                            + " version) VALUES (?, ?, ?, ?, ?, ?, 1)", id, d.municipality(), d.kind(), d.name().trim(),
                            d.unit().trim(), d.source().trim());
                    values(conn, id, d.values());
                });
    }

    private static void values(Connection c, UUID id, List<IndicatorValue> values) throws SQLException {
        for (IndicatorValue v : values) {
            Sql.update(c, "DELETE FROM analysis_indicator_value WHERE indicator_id = ? AND value_year = ?", id,
                    v.year());
            Sql.update(c, "INSERT INTO analysis_indicator_value (indicator_id, value_year, amount) VALUES (?, ?, ?)",
                    id, v.year(), v.value());
        }
    }

    @Override
    public List<IndicatorSeries> importCsv(CurrentUser user, String municipality, IndicatorKind kind, String source,
                                           byte[] content) {
        user.requireAuthenticated();
        if (municipality != null && !municipality.isBlank()) {
            user.requireActFor(municipality);
        }
        validate(municipality, kind, source).throwIfInvalid();
        Csv csv = Csv.of(content);
        int header = csv.findHeader(COLUMNS);
        csv.throwIfInvalid();
        int[] col = COLUMNS.stream().mapToInt(name -> csv.column(header, name)).toArray();
        Map<String, IndicatorDraft> series = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int width = csv.fields(header).size();
        for (int n = header + 1; n <= csv.lineCount(); n++) {
            List<String> f = csv.fields(n);
            if (f.isEmpty()) {
                continue;
            }
            if (f.size() < width) {
                csv.error(n, "analysis.csv.fields", f.size(), width);
                continue;
            }
            String name = f.get(col[0]);
            String unit = f.get(col[1]);
            if (name.isEmpty() || name.length() > 200 || unit.isEmpty() || unit.length() > 50) {
                csv.error(n, "analysis.indicator.nameUnit");
                continue;
            }
            Long year = f.get(col[2]).matches("\\d{4}") ? Long.valueOf(f.get(col[2])) : null;
            if (year == null || year < 1990 || year > 2100) {
                csv.error(n, "analysis.indicator.yearText", Csv.shorten(f.get(col[2])));
                continue;
            }
            BigDecimal value = csv.decimal(n, "Wert", f.get(col[3]));
            if (!seen.add(name + "/" + year)) {
                csv.error(n, "analysis.indicator.yearTwiceOf", year, name);
            }
            IndicatorDraft d = series.computeIfAbsent(name, k -> new IndicatorDraft(municipality, kind, name, unit,
                    source, new ArrayList<>()));
            if (!d.unit().equals(unit)) {
                csv.error(n, "analysis.indicator.unitChanged", name, d.unit());
            }
            d.values().add(new IndicatorValue(year.intValue(), value));
        }
        if (series.isEmpty()) {
            csv.error(header, "analysis.indicator.noValues");
        }
        csv.throwIfInvalid();
        return database.inTransaction(c -> {
            List<IndicatorSeries> saved = new ArrayList<>();
            for (IndicatorDraft d : series.values()) {
                saved.add(persist(c, user, d));
            }
            return saved;
        });
    }

    @Override
    public Page<IndicatorSeries> list(CurrentUser user, String municipality, IndicatorKind kind, PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("municipality", municipality).eq("kind", kind);
        if (!user.seesAll()) {
            where.in("municipality", user.municipalities());
        }
        return database.read(c -> {
            Page<UUID> ids = Sql.page(c, "id", "analysis_indicator", where, "municipality, kind, name", page,
                    rs -> Sql.uuid(rs, "id"));
            List<IndicatorSeries> items = new ArrayList<>();
            for (UUID id : ids.items()) {
                items.add(load(c, id).orElseThrow());
            }
            return new Page<>(items, ids.total(), ids.offset(), ids.limit());
        });
    }

    private static Optional<IndicatorSeries> load(Connection c, UUID id) throws SQLException {
        Optional<IndicatorSeries> head = Sql.queryOne(c, "SELECT * FROM analysis_indicator WHERE id = ?",
                rs -> new IndicatorSeries(id, rs.getString("municipality"), IndicatorKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("unit"), rs.getString("source"), List.of(),
                        rs.getInt("version")), id);
        if (head.isEmpty()) {
            return head;
        }
        IndicatorSeries s = head.get();
        List<IndicatorValue> values = Sql.query(c, "SELECT value_year, amount FROM analysis_indicator_value"
                + " WHERE indicator_id = ? ORDER BY value_year", rs -> new IndicatorValue(rs.getInt(1),
                        rs.getBigDecimal(2)), id);
        return Optional.of(new IndicatorSeries(id, s.municipality(), s.kind(), s.name(), s.unit(), s.source(), values,
                s.version()));
    }
}
