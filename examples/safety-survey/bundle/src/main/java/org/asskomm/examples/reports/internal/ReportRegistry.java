package org.asskomm.examples.reports.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.asskomm.examples.reports.api.Report;
import org.asskomm.examples.reports.api.ReportCategory;
import org.asskomm.examples.reports.api.ReportDraft;
import org.asskomm.examples.reports.api.ReportEvents;
import org.asskomm.examples.reports.api.ReportService;
import org.asskomm.examples.reports.api.ReportStatus;
import org.asskomm.examples.reports.api.StatusChange;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The rules of citizens' reports: a known municipality, a category, the day (not in the future), and a place
 * described or given by coordinates; status one step at a time. Every write goes through the platform's write
 * pipeline, which checks the right, runs one transaction, audits before and after and posts the event after the
 * commit ({@link ReportEvents}).
 */
@Component(service = ReportService.class)
public class ReportRegistry implements ReportService {

    static final int MAX_PLACE = 200;
    static final int MAX_DESCRIPTION = 2000;
    /** Loaded under the row lock, so that status checks and writes do not interleave. */
    static final Entity<Report> REPORT = Entity.of(ReportsModule.ID, "Report", ReportStore::lockAndFind,
            Report::municipality).versioned(Report::version);

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final Writes writes;
    private final Clock clock;

    /** Activates once the platform has migrated {@code db/citizenreports/} (when this bundle started). */
    @Activate
    public ReportRegistry(@Reference Database database,
                          @Reference(target = "(asskomm.module=citizenreports)") ModuleSchema schema,
                          @Reference MunicipalityDirectory municipalities, @Reference Writes writes) {
        this(database, schema, municipalities, writes, Clock.systemDefaultZone());
    }

    ReportRegistry(Database database, ModuleSchema schema, MunicipalityDirectory municipalities, Writes writes,
                   Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public Report create(CurrentUser user, ReportDraft d) {
        validate(d);
        return writes.create(user, REPORT, d.municipality(), "CREATE")
                .event(ReportEvents.REPORT_CREATED, (before, after) -> ReportEvents.REPORT_CREATED.payload()
                        .with(ReportEvents.CATEGORY, after.category().name())
                        .with(ReportEvents.PLACE, after.place())
                        .with(ReportEvents.LATITUDE, decimal(after.latitude()))
                        .with(ReportEvents.LONGITUDE, decimal(after.longitude()))
                        .with(ReportEvents.REPORTED_ON, after.reportedOn()).build())
                .apply((c, id) -> ReportStore.insert(c, id, d));
    }

    private void validate(ReportDraft d) {
        Validator v = new Validator();
        if (d == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.required("municipality", d.municipality());
        if (d.municipality() != null) {
            v.rule(municipalities.find(d.municipality()).isPresent(), "municipality",
                    "validation.unknownMunicipality", d.municipality());
        }
        v.required("category", d.category()).required("reportedOn", d.reportedOn());
        v.rule(d.reportedOn() == null || !d.reportedOn().isAfter(LocalDate.now(clock)), "reportedOn",
                "validation.notInFuture");
        v.rule(d.reportedOn() == null || d.reportedOn().getYear() >= 2000, "reportedOn", "validation.atLeast",
                "01.01.2000");
        boolean located = d.latitude() != null || d.longitude() != null;
        v.rule(located || ReportStore.blankToNull(d.place()) != null, "place", "citizenreports.placeOrCoordinates");
        v.rule(!located || d.latitude() != null, "latitude", "citizenreports.bothCoordinates");
        v.rule(!located || d.longitude() != null, "longitude", "citizenreports.bothCoordinates");
        v.rule(d.latitude() == null || (d.latitude() >= -90 && d.latitude() <= 90), "latitude", "validation.between",
                -90, 90);
        v.rule(d.longitude() == null || (d.longitude() >= -180 && d.longitude() <= 180), "longitude",
                "validation.between", -180, 180);
        v.maxLength("place", d.place(), MAX_PLACE).maxLength("description", d.description(), MAX_DESCRIPTION);
        v.throwIfInvalid();
    }

    private static String decimal(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).toPlainString();
    }

    @Override
    public Report get(CurrentUser user, UUID id) {
        return database.inTransaction(c -> ReportStore.find(c, id))
                .filter(r -> user.mayRead(r.municipality()))
                .orElseThrow(() -> NotFoundException.of("citizenreports.notFound", id));
    }

    @Override
    public Page<Report> list(CurrentUser user, String municipality, ReportCategory category, ReportStatus status,
                             PageRequest page) {
        user.requireAuthenticated();
        return database.inTransaction(c -> ReportStore.page(c, municipality, category, status,
                user.seesAll() ? null : user.municipalities(), page));
    }

    @Override
    public Report changeStatus(CurrentUser user, UUID id, StatusChange change) {
        return writes.update(user, REPORT, id, String.valueOf(change.status())).check(before -> {
            new Validator().required("status", change.status()).required("version", change.version())
                    .throwIfInvalid();
            if (before.status().next().filter(change.status()::equals).isEmpty()) {
                throw ConflictException.of("citizenreports.statusOrder", before.status(), change.status(),
                        before.status().next().map(Enum::name).orElse("-"));
            }
        }).expectVersion(change.version())
                .event(ReportEvents.REPORT_STATUS_CHANGED, (before, after) -> ReportEvents.REPORT_STATUS_CHANGED
                        .payload().with(ReportEvents.STATUS, after.status().name())
                        .with(ReportEvents.PREVIOUS, before.status().name()).build())
                .apply((c, before) -> ReportStore.changeStatus(c, id, change.status(), change.version()));
    }
}
