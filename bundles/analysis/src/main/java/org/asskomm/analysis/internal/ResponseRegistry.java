package org.asskomm.analysis.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.asskomm.analysis.api.AnalysisEvents;
import org.asskomm.analysis.api.AgeGroup;
import org.asskomm.analysis.api.Channel;
import org.asskomm.analysis.api.ResponseDraft;
import org.asskomm.analysis.api.ResponseService;
import org.asskomm.analysis.api.Sex;
import org.asskomm.analysis.api.Survey;
import org.asskomm.analysis.api.ItemBankService;
import org.asskomm.analysis.api.ItemBankVersion;
import org.asskomm.analysis.api.SurveyItem;
import org.asskomm.analysis.api.SurveyComparison;
import org.asskomm.analysis.api.SurveyResponse;
import org.asskomm.analysis.api.SurveyResults;
import org.asskomm.analysis.api.SurveyService;
import org.asskomm.analysis.api.SurveyStatus;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ModuleNotEnabledException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Returned questionnaires and the survey's results. A response is stored without any reference to a person, a
 * one-time code or a time; a code only says whether it was used.
 */
@Component(service = ResponseService.class)
public class ResponseRegistry implements ResponseService {

    /** Who an online response is recorded as: no person, no roles. */
    static final CurrentUser ONLINE = new CurrentUser("online-survey", Set.of());

    static final Entity<SurveyResponse> RESPONSE = Entity.of(AnalysisModule.ID, "Response", ResponseRegistry::load,
            SurveyResponse::municipality);

    private final Database database;
    private final SurveyService surveys;
    private final Writes writes;
    private final ModuleEnablement enablement;
    private final ItemBankService banks;

    @Activate
    public ResponseRegistry(@Reference Database database, @Reference SurveyService surveys, @Reference Writes writes,
                            @Reference ModuleEnablement enablement, @Reference ItemBankService banks) {
        this.banks = banks;
        this.database = database;
        this.surveys = surveys;
        this.writes = writes;
        this.enablement = enablement;
    }

    @Override
    public List<SurveyItem> items() {
        return banks.current().items();
    }

    @Override
    public SurveyResponse respond(CurrentUser user, UUID surveyId, ResponseDraft draft) {
        Survey survey = surveys.get(user, surveyId);
        user.requireActFor(survey.municipality());   // the right before the input is judged
        validate(draft, draft.channel() == Channel.ONLINE, banks.version(survey.itemBank()));
        return writes.create(user, RESPONSE, survey.municipality(), "RECORD")
                .event(AnalysisEvents.RESPONSE_RECORDED, (before, after) -> Map.of("channel", draft.channel().name()))
                .apply((c, id) -> insert(c, id, surveyId, draft, draft.channel()));
    }

    @Override
    public SurveyResponse respondOnline(UUID surveyId, ResponseDraft draft) {
        Survey survey = database.read(c -> SurveyStore.find(c, surveyId))
                .orElseThrow(() -> NotFoundException.of("analysis.survey.notFound", surveyId));
        validate(draft, true, banks.version(survey.itemBank()));
        return writes.create(ONLINE, RESPONSE, survey.municipality(), "RECORD_ONLINE")
                .authorize(u -> {   // the one-time code is the right, checked in the transaction
                    if (!enablement.isEnabled(AnalysisModule.ID, survey.municipality())) {
                        throw new ModuleNotEnabledException(AnalysisModule.ID, survey.municipality());
                    }
                })
                .event(AnalysisEvents.RESPONSE_RECORDED, (before, after) -> Map.of("channel", Channel.ONLINE.name()))
                .apply((c, id) -> insert(c, id, surveyId, draft, Channel.ONLINE));
    }

    /** The items of the version the survey was created with. */
    private List<SurveyItem> items(Survey survey) {
        return banks.version(survey.itemBank()).items();
    }

    private static void validate(ResponseDraft d, boolean codeRequired, ItemBankVersion bank) {
        Set<String> keys = bank.items().stream().map(SurveyItem::key).collect(Collectors.toSet());
        Validator v = new Validator().required("channel", codeRequired ? Channel.ONLINE : d.channel())
                .notEmpty("answers", d.answers() == null ? null : d.answers().keySet());
        if (codeRequired) {
            v.notBlank("code", d.code());
        }
        v.rule(d.code() == null || d.code().trim().matches("[A-Za-z0-9]{" + SurveyRegistry.CODE_LENGTH + "}"),
                "code", "analysis.response.codeFormat", SurveyRegistry.CODE_LENGTH);
        if (d.answers() != null) {
            d.answers().forEach((item, score) -> v
                    .rule(keys.contains(item), "answers." + Csv.shorten(String.valueOf(item)),
                            "analysis.response.unknownItem", bank.version())
                    .rule(score == null || score >= 1 && score <= 5, "answers." + Csv.shorten(String.valueOf(item)),
                            "validation.between", 1, 5));
        }
        v.throwIfInvalid();
    }

    private static void insert(Connection c, UUID id, UUID surveyId, ResponseDraft d, Channel channel)
            throws SQLException {
        Survey s = SurveyStore.lock(c, surveyId).orElseThrow(() -> NotFoundException.of("analysis.survey.notFound", surveyId));
        if (s.status() != SurveyStatus.MAILED) {
            throw ConflictException.of("analysis.response.notMailed", s.status());
        }
        if (d.code() != null) {
            String hash = SurveyRegistry.hash(d.code());
            Optional<Boolean> used = Sql.queryOne(c, "SELECT used FROM analysis_access_code WHERE survey_id = ?"
                    + " AND code_hash = ? FOR UPDATE", rs -> rs.getBoolean(1), surveyId, hash);
            if (used.isEmpty()) {
                throw ValidationException.of("code", "analysis.response.unknownCode");
            }
            if (used.get()) {
                throw ConflictException.of("analysis.response.codeUsed");
            }
            Sql.update(c, "UPDATE analysis_access_code SET used = TRUE WHERE survey_id = ? AND code_hash = ?",
                    surveyId, hash);
        }
        Sql.update(c, "INSERT INTO analysis_response (id, survey_id, channel, age_group, sex) VALUES (?, ?, ?, ?, ?)",
                id, surveyId, channel, d.ageGroup(), d.sex());
        for (Map.Entry<String, Integer> a : new TreeMap<>(d.answers()).entrySet()) {
            if (a.getValue() != null) {
                Sql.update(c, "INSERT INTO analysis_answer (response_id, item, score) VALUES (?, ?, ?)", id,
                        a.getKey(), a.getValue());
            }
        }
    }

    private static Optional<SurveyResponse> load(Connection c, UUID id) throws SQLException {
        Optional<SurveyResponse> head = Sql.queryOne(c, "SELECT r.survey_id, s.municipality, r.channel, r.age_group,"
                + " r.sex FROM analysis_response r JOIN analysis_survey s ON s.id = r.survey_id WHERE r.id = ?",
                rs -> response(rs, id), id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        Sql.query(c, "SELECT item, score FROM analysis_answer WHERE response_id = ? ORDER BY item",
                rs -> answers.put(rs.getString(1), rs.getInt(2)), id);
        SurveyResponse r = head.get();
        return Optional.of(new SurveyResponse(id, r.surveyId(), r.municipality(), r.channel(), r.ageGroup(), r.sex(),
                answers));
    }

    private static SurveyResponse response(ResultSet rs, UUID id) throws SQLException {
        return new SurveyResponse(id, Sql.uuid(rs, "survey_id"), rs.getString("municipality"),
                Sql.enumValue(rs, "channel", Channel.class), Sql.enumValue(rs, "age_group", AgeGroup.class),
                Sql.enumValue(rs, "sex", Sex.class), new LinkedHashMap<>());
    }

    @Override
    public SurveyResults results(CurrentUser user, UUID surveyId) {
        Survey s = surveys.get(user, surveyId);
        return database.read(c -> Results.of(s, items(s), responsesOf(c, surveyId), SurveyStore.strata(c, surveyId)));
    }

    @Override
    public SurveyComparison compare(CurrentUser user) {
        user.requireAuthenticated();
        return database.read(c -> {
            List<SurveyComparison.Row> rows = new ArrayList<>();
            List<IndexCalculator.Observation> pooled = new ArrayList<>();
            for (UUID id : Sql.query(c, "SELECT id FROM analysis_survey WHERE status IN ('MAILED', 'CLOSED')"
                    + " ORDER BY municipality, reference_year, id", rs -> Sql.uuid(rs, "id"))) {
                Survey s = SurveyStore.find(c, id).orElseThrow();
                List<IndexCalculator.Observation> obs = Results.observations(items(s), responsesOf(c, s.id()), List.of());
                pooled.addAll(obs);
                if (user.mayRead(s.municipality()) && !obs.isEmpty()) {
                    rows.add(new SurveyComparison.Row(s.municipality(), s.id(), s.referenceYear(),
                            IndexCalculator.of(obs)));
                }
            }
            return new SurveyComparison(rows, IndexCalculator.of(pooled));
        });
    }

    /** The responses of a survey with their answers. */
    private static List<SurveyResponse> responsesOf(Connection c, UUID surveyId) throws SQLException {
        Map<UUID, SurveyResponse> responses = new LinkedHashMap<>();
        for (SurveyResponse r : Sql.query(c, "SELECT r.id, r.survey_id, s.municipality, r.channel, r.age_group,"
                + " r.sex FROM analysis_response r JOIN analysis_survey s ON s.id = r.survey_id"
                + " WHERE r.survey_id = ?", rs -> response(rs, Sql.uuid(rs, "id")), surveyId)) {
            responses.put(r.id(), r);
        }
        Sql.query(c, "SELECT a.response_id, a.item, a.score FROM analysis_answer a JOIN analysis_response r"
                + " ON r.id = a.response_id WHERE r.survey_id = ?", rs -> responses.get(Sql.uuid(rs,
                        "response_id")).answers().put(rs.getString("item"), rs.getInt("score")), surveyId);
        return new ArrayList<>(responses.values());
    }
}
