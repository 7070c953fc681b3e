package org.asskomm.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.asskomm.analysis.api.Analysis;
import org.asskomm.analysis.api.AnalysisService;
import org.asskomm.analysis.api.PublicSummary;
import org.asskomm.analysis.api.ResponseService;
import org.asskomm.analysis.api.SafetyIndex;
import org.asskomm.analysis.api.SurveyComparison;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The anonymous public summary of every analysis, e.g. for the LPR's map of analysed municipalities. */
@Component(service = PublicSummaries.class)
public class PublicSummaries {

    private final Database database;
    private final AnalysisService analyses;
    private final ResponseService responses;

    @Activate
    public PublicSummaries(@Reference Database database, @Reference AnalysisService analyses,
                           @Reference ResponseService responses) {
        this.database = database;
        this.analyses = analyses;
        this.responses = responses;
    }

    public Page<PublicSummary> list(String municipality, PageRequest page) {
        Page<Analysis> found = analyses.list(CurrentUser.SYSTEM, municipality, null, page);
        Map<String, SafetyIndex> indexBySurvey = new HashMap<>();
        for (SurveyComparison.Row row : responses.compare(CurrentUser.SYSTEM).municipalities()) {
            indexBySurvey.put(row.surveyId().toString(), row.index());
        }
        List<PublicSummary> items = new ArrayList<>();
        for (Analysis a : found.items()) {
            SafetyIndex index = database.read(c -> SurveyStore.ofAnalysis(c, a.id())).map(UUID::toString)
                    .map(indexBySurvey::get).filter(i -> i.respondents() >= PublicSummary.MIN_RESPONDENTS)
                    .orElse(null);
            List<String> fields = database.read(c -> Sql.query(c, "SELECT title FROM analysis_action_field"
                    + " WHERE project_id = ? ORDER BY rank_no", rs -> rs.getString(1), a.id()));
            items.add(new PublicSummary(a.municipality(), a.status(), a.currentPhase(),
                    a.phases().get(a.phases().size() - 1).plannedEnd(), index == null ? null : index.mean(),
                    index == null ? null : index.lower(), index == null ? null : index.upper(), fields));
        }
        return new Page<>(items, found.total(), found.offset(), found.limit());
    }
}
