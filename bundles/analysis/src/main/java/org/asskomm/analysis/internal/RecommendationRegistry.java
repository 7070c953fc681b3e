package org.asskomm.analysis.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.analysis.api.AnalysisEvents;
import org.asskomm.analysis.api.Analysis;
import org.asskomm.analysis.api.AnalysisService;
import org.asskomm.analysis.api.AreaProfileService;
import org.asskomm.analysis.api.ProfileRow;
import org.asskomm.analysis.api.PublishRequest;
import org.asskomm.analysis.api.Recommendation;
import org.asskomm.analysis.api.RecommendationService;
import org.asskomm.analysis.api.Recommendations;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Problems ranked by prevalence x severity with their evidence; publication as action fields. */
@Component(service = RecommendationService.class)
public class RecommendationRegistry implements RecommendationService {

    /** A problem of the catalogue: the survey item that measures it, its severity, its PKS offence key. */
    record Problem(String key, String title, String item, int severity, String offenceKey) {
    }

    static final List<Problem> PROBLEMS = List.of(
            new Problem("BURGLARY", "Schutz vor Wohnungseinbruch", "FEAR_BURGLARY", 3, "435*00"),
            new Problem("VIOLENCE", "Gewalt im öffentlichen Raum", "FEAR_ASSAULT", 3, "220000"),
            new Problem("THEFT", "Diebstahl", "FEAR_THEFT", 2, "****00"),
            new Problem("NIGHT", "Unsicherheit bei Dunkelheit (Beleuchtung, Angsträume)", "SAFE_NIGHT", 2, null),
            new Problem("VANDALISM", "Vandalismus und Sachbeschädigung", "INCIVILITY_VANDALISM", 2, "674000"),
            new Problem("TRAFFIC", "Rücksichtsloses Fahren und Parken", "INCIVILITY_TRAFFIC", 2, null),
            new Problem("GRAFFITI", "Graffiti und Schmierereien", "INCIVILITY_GRAFFITI", 1, "674000"),
            new Problem("LITTER", "Müll und Verschmutzung", "INCIVILITY_LITTER", 1, null));

    private final Database database;
    private final AnalysisService analyses;
    private final AreaProfileService profiles;
    private final Writes writes;
    private final Clock clock;

    @Activate
    public RecommendationRegistry(@Reference Database database, @Reference AnalysisService analyses,
                                  @Reference AreaProfileService profiles, @Reference Writes writes) {
        this(database, analyses, profiles, writes, Clock.systemDefaultZone());
    }

    RecommendationRegistry(Database database, AnalysisService analyses, AreaProfileService profiles, Writes writes,
                           Clock clock) {
        this.database = database;
        this.analyses = analyses;
        this.profiles = profiles;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public Recommendations recommendations(CurrentUser user, UUID analysisId) {
        Analysis analysis = analyses.get(user, analysisId);
        Map<String, long[]> items = database.read(c -> itemCounts(c, analysisId));
        List<Recommendation> ranked = new ArrayList<>();
        for (Problem p : PROBLEMS) {
            long[] counts = items.get(p.item());   // answered, answered 1 or 2, sum of scores
            if (counts == null || counts[0] == 0) {
                continue;
            }
            double prevalence = IndexCalculator.round((double) counts[1] / counts[0]);
            ranked.add(evidence(user, analysis.municipality(), p, counts[0], IndexCalculator.round(
                    (double) counts[2] / counts[0]), prevalence));
        }
        ranked.sort(Comparator.comparingDouble(Recommendation::score).reversed()
                .thenComparing(Comparator.comparingInt(Recommendation::severity).reversed())
                .thenComparing(Recommendation::problem));
        List<Recommendation> numbered = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Recommendation r = ranked.get(i);
            numbered.add(new Recommendation(i + 1, r.problem(), r.title(), r.item(), r.answered(), r.itemMean(),
                    r.prevalence(), r.severity(), r.score(), r.offenceKey(), r.latestYear(), r.latestCases(),
                    r.previousCases(), r.trend()));
        }
        List<Object[]> published = database.read(c -> Sql.query(c, "SELECT title, published_at FROM"
                + " analysis_action_field WHERE project_id = ? ORDER BY rank_no", rs -> new Object[] {rs.getString(1),
                        Sql.instant(rs, "published_at")}, analysisId));
        return new Recommendations(analysisId, analysis.municipality(), numbered,
                published.stream().map(o -> (String) o[0]).toList(),
                published.isEmpty() ? null : (Instant) published.get(0)[1], Recommendations.METHOD);
    }

    private Recommendation evidence(CurrentUser user, String ags, Problem p, long answered, double mean,
                                    double prevalence) {
        Integer latestYear = null;
        Long latest = null;
        Long previous = null;
        if (p.offenceKey() != null) {
            List<ProfileRow> rows = profiles.profile(user, ags, p.offenceKey(), null, null).rows();
            List<long[]> series = new ArrayList<>();   // year, cases: the municipality's, else the district's
            for (ProfileRow r : rows) {
                Long cases = r.municipalityCases() != null ? r.municipalityCases() : r.districtCases();
                if (cases != null) {
                    series.add(new long[] {r.year(), cases});
                }
            }
            if (!series.isEmpty()) {
                long[] last = series.get(series.size() - 1);
                latestYear = (int) last[0];
                latest = last[1];
                previous = series.size() > 1 && series.get(series.size() - 2)[0] == last[0] - 1
                        ? series.get(series.size() - 2)[1] : null;
            }
        }
        String trend = latest == null || previous == null || previous == 0 ? null
                : latest > previous * 1.05 ? "RISING" : latest < previous * 0.95 ? "FALLING" : "STEADY";
        return new Recommendation(0, p.key(), p.title(), p.item(), answered, mean, prevalence, p.severity(),
                IndexCalculator.round(prevalence * p.severity()), p.offenceKey(), latestYear, latest, previous, trend);
    }

    /** Per item of the analysis's survey: answered, answered with 1 or 2, sum of the scores. */
    private static Map<String, long[]> itemCounts(Connection c, UUID analysisId) throws SQLException {
        Map<String, long[]> counts = new HashMap<>();
        Optional<UUID> survey = SurveyStore.ofAnalysis(c, analysisId);
        if (survey.isPresent()) {
            Sql.query(c, "SELECT a.item, COUNT(*), SUM(CASE WHEN a.score <= 2 THEN 1 ELSE 0 END), SUM(a.score)"
                    + " FROM analysis_answer a JOIN analysis_response r ON r.id = a.response_id WHERE r.survey_id = ?"
                    + " GROUP BY a.item", rs -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3),
                            rs.getLong(4)}), survey.get());
        }
        return counts;
    }

    @Override
    public Recommendations publish(CurrentUser user, UUID analysisId, PublishRequest request) {
        Recommendations current = recommendations(user, analysisId);   // 404 for who may not see the analysis
        List<Recommendation> top = new ArrayList<>();
        writes.update(user, AnalysisRegistry.ANALYSIS, analysisId, "PUBLISH_ACTION_FIELDS")
                .check(before -> {
                    new Validator().required("top", request.top())
                            .rule(request.top() == null || request.top() >= 1 && request.top() <= PROBLEMS.size(),
                                    "top", "validation.between", 1, PROBLEMS.size())
                            .required("version", request.version()).throwIfInvalid();
                    if (current.ranking().isEmpty()) {
                        throw ConflictException.of("analysis.recommendation.noResponses");
                    }
                    top.addAll(current.ranking().subList(0, Math.min(request.top(), current.ranking().size())));
                })
                .expectVersion(request.version())
                .event(AnalysisEvents.ACTION_FIELDS_PUBLISHED, (before, after) -> Map.of(
                        "actionFields", top.stream().map(Recommendation::title).toArray(String[]::new),
                        "problems", top.stream().map(Recommendation::problem).toArray(String[]::new),
                        "publishedOn", LocalDate.now(clock).toString()))
                .apply((c, before) -> {
                    Sql.update(c, "DELETE FROM analysis_action_field WHERE project_id = ?", analysisId);
                    Instant now = clock.instant();
                    for (Recommendation r : top) {
                        Sql.update(c, "INSERT INTO analysis_action_field (project_id, rank_no, problem, title, score,"
                                + " published_at) VALUES (?, ?, ?, ?, ?, ?)", analysisId, r.rank(), r.problem(),
                                r.title(), BigDecimal.valueOf(r.score()), now);
                    }
                    Sql.update(c, "UPDATE analysis_project SET version = version + 1 WHERE id = ?", analysisId);
                });
        return recommendations(user, analysisId);
    }
}
