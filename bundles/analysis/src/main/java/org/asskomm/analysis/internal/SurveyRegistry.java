package org.asskomm.analysis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.asskomm.analysis.api.AnalysisEvents;
import org.asskomm.analysis.api.Analysis;
import org.asskomm.analysis.api.Sample;
import org.asskomm.analysis.api.ItemBankService;
import org.asskomm.analysis.api.SampleRequest;
import org.asskomm.analysis.api.Survey;
import org.asskomm.analysis.api.SurveyService;
import org.asskomm.analysis.api.SurveyStatus;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.csv.CsvWriter;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The survey of an analysis up to the mailing: register extract, sample, mailing list with one-time codes. Exporting
 * the mailing list deletes the names and addresses in the same transaction and is audited as that deletion.
 */
@Component(service = SurveyService.class)
public class SurveyRegistry implements SurveyService {

    static final Entity<Survey> SURVEY = Entity.of(AnalysisModule.ID, "Survey", SurveyStore::lock,
            Survey::municipality).versioned(Survey::version);

    /** Letters and digits that cannot be mistaken for one another on paper. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    static final int CODE_LENGTH = 10;

    private final Database database;
    private final Writes writes;
    private final Clock clock;
    private final ItemBankService banks;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public SurveyRegistry(@Reference Database database,
                          @Reference(target = "(asskomm.module=analysis)") ModuleSchema schema,
                          @Reference Writes writes, @Reference ItemBankService banks) {
        this(database, writes, banks, Clock.systemDefaultZone());
    }

    SurveyRegistry(Database database, Writes writes, ItemBankService banks, Clock clock) {
        this.banks = banks;
        this.database = database;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public Survey create(CurrentUser user, UUID analysisId) {
        user.requireAuthenticated();
        Analysis analysis = database.read(c -> AnalysisStore.find(c, analysisId))
                .filter(a -> user.mayRead(a.municipality()))
                .orElseThrow(() -> NotFoundException.of("analysis.analysis.notFound", analysisId));
        return writes.create(user, SURVEY, analysis.municipality(), "CREATE")
                .event(AnalysisEvents.SURVEY_CREATED)
                .apply((c, id) -> {
                    AnalysisStore.lock(c, analysisId);   // one survey per analysis, also under concurrent requests
                    if (SurveyStore.ofAnalysis(c, analysisId).isPresent()) {
                        throw ConflictException.of("analysis.survey.exists", analysisId);
                    }
                    SurveyStore.insert(c, id, analysisId, analysis.municipality(), banks.current().version(),
                            Year.now(clock).getValue());
                });
    }

    @Override
    public Survey get(CurrentUser user, UUID surveyId) {
        user.requireAuthenticated();
        return database.read(c -> SurveyStore.find(c, surveyId)).filter(s -> user.mayRead(s.municipality()))
                .orElseThrow(() -> NotFoundException.of("analysis.survey.notFound", surveyId));
    }

    @Override
    public Survey ofAnalysis(CurrentUser user, UUID analysisId) {
        user.requireAuthenticated();
        return database.read(c -> SurveyStore.ofAnalysis(c, analysisId)).flatMap(id -> database.read(c ->
                SurveyStore.find(c, id))).filter(s -> user.mayRead(s.municipality()))
                .orElseThrow(() -> NotFoundException.of("analysis.survey.noneForAnalysis", analysisId));
    }

    @Override
    public Survey uploadRegister(CurrentUser user, UUID surveyId, byte[] csv) {
        Survey survey = get(user, surveyId);
        user.requireActFor(survey.municipality());   // the right before the file is read
        List<RegisterCsv.Person> persons = RegisterCsv.read(csv, survey.referenceYear());
        return writes.update(user, SURVEY, surveyId, "REGISTER_UPLOAD")
                .check(before -> requireBeforeMailing(before))
                .event(AnalysisEvents.SURVEY_REGISTER_UPLOADED, (before, after) -> Map.of("rows", after.registerRows()))
                .apply((c, before) -> SurveyStore.replaceRegister(c, surveyId, persons));
    }

    @Override
    public Sample sample(CurrentUser user, UUID surveyId, SampleRequest r) {
        long seed = r.seed() != null ? r.seed() : random.nextLong();
        boolean stratified = Boolean.TRUE.equals(r.stratified());
        writes.update(user, SURVEY, surveyId, "SAMPLE")
                .check(before -> {
                    new Validator().required("sampleSize", r.sampleSize())
                            .rule(r.sampleSize() == null || r.sampleSize() >= 1, "sampleSize", "validation.atLeast", 1)
                            .required("version", r.version()).throwIfInvalid();
                    requireBeforeMailing(before);
                    if (before.status() == SurveyStatus.CREATED) {
                        throw ConflictException.of("analysis.survey.noRegister");
                    }
                    if (r.sampleSize() > before.registerRows()) {
                        throw org.asskomm.platform.api.error.ValidationException.of("sampleSize",
                                "analysis.survey.sampleTooLarge", before.registerRows());
                    }
                })
                .expectVersion(r.version())
                .event(AnalysisEvents.SURVEY_SAMPLED, (before, after) -> Map.of("seed", String.valueOf(seed), "sampleSize", after.sampleSize()))
                .apply((c, before) -> {
                    List<SurveyStore.Cell> cells = SurveyStore.cells(c, surveyId);
                    List<Integer> lines = Sampler.draw(cells, r.sampleSize(), seed, stratified,
                            SurveyStore.Cell::compareTo);
                    SurveyStore.markSample(c, surveyId, lines, seed, stratified);
                });
        return currentSample(user, surveyId);
    }

    @Override
    public Sample currentSample(CurrentUser user, UUID surveyId) {
        Survey s = get(user, surveyId);
        if (s.seed() == null) {
            throw ConflictException.of("analysis.survey.noSample", surveyId);
        }
        return database.read(c -> new Sample(s.seed(), s.sampleSize(), Boolean.TRUE.equals(s.stratified()),
                SurveyStore.sampledLines(c, surveyId), SurveyStore.strata(c, surveyId)));
    }

    @Override
    public String exportMailingList(CurrentUser user, UUID surveyId) {
        StringBuilder out = new StringBuilder();
        writes.update(user, SURVEY, surveyId, "MAILING_EXPORTED_PERSONAL_DATA_DELETED")
                .check(before -> {
                    if (before.status() != SurveyStatus.SAMPLED) {
                        throw ConflictException.of("analysis.survey.notSampled", before.status());
                    }
                })
                .event(AnalysisEvents.SURVEY_MAILING_EXPORTED, (before, after) -> Map.of("deletedRows", (int) before.storedPersons(),
                        "letters", before.sampleSize()))
                .apply((c, before) -> out.append(exportAndDelete(c, surveyId)));
        return out.toString();
    }

    private String exportAndDelete(Connection c, UUID surveyId) throws SQLException {
        CsvWriter csv = new CsvWriter("Name", "Vorname", "Straße", "PLZ", "Ort", "Zugangscode");
        List<String> hashes = new ArrayList<>();
        for (String[] p : Sql.query(c, "SELECT family_name, given_names, street, postcode, city"
                + " FROM analysis_register_person WHERE survey_id = ? AND sampled = TRUE ORDER BY postcode, street,"
                + " family_name, given_names", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)}, surveyId)) {
            String code = newCode();
            hashes.add(hash(code));
            csv.row(p[0], p[1], p[2], p[3], p[4], code);
        }
        Collections.shuffle(hashes, random);   // the table's order says nothing about the mailing list's
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO analysis_access_code (survey_id, code_hash, used)"
                + " VALUES (?, ?, FALSE)")) {
            for (String h : hashes) {
                Sql.bind(ps, surveyId, h);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Sql.update(c, "DELETE FROM analysis_register_person WHERE survey_id = ?", surveyId);
        Sql.update(c, "UPDATE analysis_survey SET status = ?, exported_at = ?, personal_data_deleted_at = ?,"
                + " version = version + 1 WHERE id = ?", SurveyStatus.MAILED, clock.instant(), clock.instant(),
                surveyId);
        return csv.toString();
    }

    private String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** The stored form of a one-time code: SHA-256 of its upper-case form, hex. */
    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.trim().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireBeforeMailing(Survey s) {
        if (s.status() == SurveyStatus.MAILED || s.status() == SurveyStatus.CLOSED) {
            throw ConflictException.of("analysis.survey.afterMailing", s.status());
        }
    }
}
