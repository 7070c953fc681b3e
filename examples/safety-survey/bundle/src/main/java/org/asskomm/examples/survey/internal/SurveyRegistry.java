package org.asskomm.examples.survey.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.examples.survey.api.PhaseChange;
import org.asskomm.examples.survey.api.ResponseDraft;
import org.asskomm.examples.survey.api.SafetyIndex;
import org.asskomm.examples.survey.api.Survey;
import org.asskomm.examples.survey.api.SurveyDraft;
import org.asskomm.examples.survey.api.SurveyPhase;
import org.asskomm.examples.survey.api.SurveyService;
import org.asskomm.examples.survey.api.YearComparison;
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
 * The rules of the safety analysis: phases strictly in order, responses only while the questionnaires
 * are out and never more than were sent. Every write goes through the platform's write pipeline, which checks
 * the right, runs one transaction, audits before and after and announces the change after the commit.
 */
@Component(service = SurveyService.class)
public class SurveyRegistry implements SurveyService {

    static final String ENTITY = "Survey";
    static final int MAX_ITEMS = 60;
    /** An interval needs two respondents; fewer returns cannot be analysed. */
    static final int MIN_RETURNS = 2;
    /** Loaded under the row lock, so that phase checks and writes do not interleave. */
    static final Entity<Survey> SURVEY = Entity.of(SurveyModule.ID, ENTITY, SurveyRegistry::lockAndFind,
            Survey::municipality).versioned(Survey::version);
    /**
     * A return is audited as a "Response" of its survey, with the survey before and after (phase and number of
     * returns): the entry says that a return was entered, never what it said.
     */
    static final Entity<Survey> RESPONSES = Entity.of(SurveyModule.ID, "Response", SurveyRegistry::lockAndFind,
            Survey::municipality);

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final Writes writes;
    private final Clock clock;

    /** Activates once the platform has migrated {@code db/survey/} (when this bundle started): the schema reference. */
    @Activate
    public SurveyRegistry(@Reference Database database,
                          @Reference(target = "(asskomm.module=survey)") ModuleSchema schema,
                          @Reference MunicipalityDirectory municipalities, @Reference Writes writes) {
        this(database, schema, municipalities, writes, Clock.systemDefaultZone());
    }

    SurveyRegistry(Database database, ModuleSchema schema, MunicipalityDirectory municipalities, Writes writes,
                   Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public Survey kickOff(CurrentUser user, SurveyDraft d) {
        LocalDate today = LocalDate.now(clock);
        new Validator().required("municipality", d.municipality())
                .check(d.municipality() == null || municipalities.find(d.municipality()).isPresent(),
                        "municipality", "unknown municipality " + d.municipality())
                .required("year", d.year())
                .check(d.year() == null || (d.year() >= 2000 && d.year() <= today.getYear() + 1), "year",
                        "must be between 2000 and " + (today.getYear() + 1))
                .required("kickOffOn", d.kickOffOn())
                .check(d.kickOffOn() == null || !d.kickOffOn().isAfter(today), "kickOffOn", "must not be in the future")
                .throwIfInvalid();
        return writes.create(user, SURVEY, d.municipality(), "KICK_OFF")
                .event("KICKED_OFF", (before, after) -> Map.of("year", after.year()))
                .apply((c, id) -> {
                    if (SurveyStore.exists(c, d.municipality(), d.year())) {
                        throw new ConflictException("Municipality " + d.municipality() + " already has a survey in "
                                + d.year() + ".");
                    }
                    SurveyStore.insert(c, id, d.municipality(), d.year(), d.kickOffOn());
                });
    }

    @Override
    public Survey get(CurrentUser user, UUID id) {
        return database.inTransaction(c -> SurveyStore.find(c, id))
                .filter(s -> user.mayRead(s.municipality()))
                .orElseThrow(() -> new NotFoundException("No survey " + id + "."));
    }

    @Override
    public Page<Survey> list(CurrentUser user, String municipality, Integer year, SurveyPhase phase, PageRequest page) {
        user.requireAuthenticated();
        return database.inTransaction(c -> SurveyStore.page(c, municipality, year, phase,
                user.seesAll() ? null : user.municipalities(), page));
    }

    @Override
    public Survey advance(CurrentUser user, UUID id, PhaseChange change) {
        LocalDate on = change.date() == null ? LocalDate.now(clock) : change.date();
        return writes.update(user, SURVEY, id, String.valueOf(change.phase())).check(before -> {
            new Validator().required("phase", change.phase()).required("version", change.version())
                    .check(!on.isAfter(LocalDate.now(clock)), "date", "must not be in the future")
                    .check(change.phase() != SurveyPhase.SAMPLE_DRAWN
                            || (change.sampleSize() != null && change.sampleSize() > 0), "sampleSize",
                            "the number of residents drawn is required and must be positive")
                    .check(change.phase() == SurveyPhase.SAMPLE_DRAWN || change.sampleSize() == null, "sampleSize",
                            "is set only when the sample is drawn")
                    .throwIfInvalid();
            if (before.phase().next().filter(change.phase()::equals).isEmpty()) {
                throw new ConflictException("Survey " + id + " is in phase " + before.phase() + " and cannot move to "
                        + change.phase() + "; next is " + before.phase().next().map(Enum::name).orElse("nothing") + ".");
            }
            LocalDate previous = before.phases().get(before.phases().size() - 1).enteredOn();
            new Validator().check(!on.isBefore(previous), "date", "must not be before " + previous).throwIfInvalid();
            if (change.phase() == SurveyPhase.RETURNS_ENTERED && before.responses() < MIN_RETURNS) {
                throw new ConflictException("Survey " + id + " has " + before.responses() + " returns; at least "
                        + MIN_RETURNS + " are needed before the returns are closed.");
            }
        }).expectVersion(change.version())
                .event("PHASE_CHANGED", (before, after) -> Map.of("phase", after.phase().name(),
                        "previous", before.phase().name()))
                .event("REPORT_COMPLETED", (before, after) -> after.phase() == SurveyPhase.REPORT ? report(after) : null)
                .apply((c, before) -> SurveyStore.advance(c, id, change.phase(), on, change.sampleSize(),
                        change.version()));
    }

    /** The report event's figures, read in the transaction that reached the report. */
    private Map<String, ?> report(Survey after) {
        SafetyIndex index = index(CurrentUser.SYSTEM, after.id());
        return Map.of("year", after.year(), "respondents", index.respondents(), "index", index.mean());
    }

    @Override
    public long addResponse(CurrentUser user, UUID id, ResponseDraft response) {
        List<Integer> scores = response.scores();
        return writes.update(user, RESPONSES, id, "ENTER").check(current -> {
            Validator v = new Validator().notEmpty("scores", scores)
                    .check(scores == null || scores.size() <= MAX_ITEMS, "scores", "at most " + MAX_ITEMS + " items")
                    .check(scores == null || scores.stream().anyMatch(Objects::nonNull), "scores",
                            "at least one item must be answered");
            for (int i = 0; scores != null && i < Math.min(scores.size(), MAX_ITEMS); i++) {
                Integer s = scores.get(i);
                v.check(s == null || (s >= 1 && s <= 5), "scores[" + i + "]", "must be 1 to 5 (or null: not answered)");
            }
            v.throwIfInvalid();
            if (current.phase() != SurveyPhase.QUESTIONNAIRES_OUT) {
                throw new ConflictException("Survey " + id + " is in phase " + current.phase()
                        + "; returns are entered only in phase " + SurveyPhase.QUESTIONNAIRES_OUT + ".");
            }
            if (current.responses() >= current.sampleSize()) {
                throw new ConflictException("Survey " + id + " already has " + current.responses()
                        + " returns, as many as questionnaires were sent.");
            }
        }).apply((c, before) -> SurveyStore.insertResponse(c, id, scores)).responses();
    }

    @Override
    public SafetyIndex index(CurrentUser user, UUID id) {
        get(user, id);
        return database.inTransaction(c -> SafetyIndexCalculator.of(
                respondentIndices(SurveyStore.scores(c, "s.id = ?", id))));
    }

    @Override
    public List<YearComparison> comparison(CurrentUser user, String municipality) {
        user.requireRead(municipality);
        return database.inTransaction(c -> {
            List<YearComparison> years = new ArrayList<>();
            for (int year : SurveyStore.reportYears(c, municipality)) {
                SafetyIndex local = SafetyIndexCalculator.of(respondentIndices(SurveyStore.scores(c,
                        "s.municipality = ? AND s.survey_year = ? AND s.phase = ?", municipality, year,
                        SurveyPhase.REPORT.name())));
                SafetyIndex state = stateWide(c, year);
                Double difference = local.mean() == null || state.mean() == null ? null
                        : Math.round((local.mean() - state.mean()) * 10_000) / 10_000.0;
                years.add(new YearComparison(year, local, state, difference));
            }
            return years;
        });
    }

    @Override
    public SafetyIndex stateWide(CurrentUser user, int year) {
        user.requireAuthenticated();
        return database.inTransaction(c -> stateWide(c, year));
    }

    private static SafetyIndex stateWide(Connection c, int year) throws SQLException {
        return SafetyIndexCalculator.of(respondentIndices(SurveyStore.scores(c, "s.survey_year = ? AND s.phase = ?",
                year, SurveyPhase.REPORT.name())));
    }

    private static List<Double> respondentIndices(List<List<Integer>> responses) {
        return responses.stream().map(SafetyIndexCalculator::respondentIndex).filter(Objects::nonNull).toList();
    }


    private static Optional<Survey> lockAndFind(Connection c, UUID id) throws SQLException {
        SurveyStore.lock(c, id);
        return SurveyStore.find(c, id);
    }
}
