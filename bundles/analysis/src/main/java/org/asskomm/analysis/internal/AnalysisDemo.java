package org.asskomm.analysis.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.asskomm.analysis.api.Analysis;
import org.asskomm.analysis.api.AnalysisDraft;
import org.asskomm.analysis.api.AnalysisPhase;
import org.asskomm.analysis.api.AnalysisService;
import org.asskomm.analysis.api.PhaseChange;
import org.asskomm.analysis.api.PhaseStatus;
import org.asskomm.analysis.api.SampleRequest;
import org.asskomm.analysis.api.Survey;
import org.asskomm.analysis.api.SurveyService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.DemoData;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A clearly synthetic demo: an analysis for Frankenberg/Sa. titled as demo data, its first phase done, and a survey
 * with an invented register extract of 400 "Muster" residents, sampled. No crime figures are loaded: invented
 * figures would show as statistics of real districts.
 */
@Component(service = DemoData.class)
public class AnalysisDemo implements DemoData {

    static final String FRANKENBERG = "14522150";
    static final String TITLE = "DEMO – Sicherheitsanalyse mit synthetischen Beispieldaten (keine echten Zahlen)";

    private final AnalysisService analyses;
    private final SurveyService surveys;
    private final ModuleEnablement enablement;

    @Activate
    public AnalysisDemo(@Reference AnalysisService analyses, @Reference SurveyService surveys,
                        @Reference ModuleEnablement enablement) {
        this.analyses = analyses;
        this.surveys = surveys;
        this.enablement = enablement;
    }

    @Override
    public String moduleId() {
        return AnalysisModule.ID;
    }

    @Override
    public String load(CurrentUser user) {
        enablement.enable(user, AnalysisModule.ID, FRANKENBERG);
        if (analyses.list(user, FRANKENBERG, null, new PageRequest(0, PageRequest.MAX_LIMIT)).items().stream()
                .anyMatch(a -> a.title().equals(TITLE))) {
            return "already loaded";
        }
        LocalDate start = LocalDate.of(2026, 3, 2);
        Analysis a = analyses.create(user, new AnalysisDraft(FRANKENBERG, TITLE, "Koordinierungsstelle (Demo)", start));
        a = analyses.changePhase(user, a.id(), AnalysisPhase.PREPARATION, new PhaseChange(start, start.plusDays(13),
                start, start.plusDays(12), "Koordinierungsstelle (Demo)", PhaseStatus.DONE, a.version()));
        Survey s = surveys.create(user, a.id());
        s = surveys.uploadRegister(user, s.id(), syntheticRegister(s.referenceYear()));
        surveys.sample(user, s.id(), new SampleRequest(2026L, 100, true, s.version()));
        return "synthetic demo analysis for Frankenberg/Sa.: phases planned, survey with 400 invented residents sampled";
    }

    /** 400 invented residents ("Muster"), ages and sexes spread evenly. */
    static byte[] syntheticRegister(int year) {
        StringBuilder csv = new StringBuilder("Name;Vorname;Straße;PLZ;Ort;Geburtsjahr;Geschlecht\n");
        for (int i = 1; i <= 400; i++) {
            csv.append("Muster").append(i).append(";Demo;Beispielweg ").append(i % 60 + 1).append(";09669;Frankenberg")
                    .append(";").append(year - 16 - i % 70).append(";")
                    .append(i % 97 == 0 ? "d" : i % 2 == 0 ? "w" : "m").append("\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
