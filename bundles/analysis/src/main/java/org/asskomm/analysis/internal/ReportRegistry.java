package org.asskomm.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.asskomm.analysis.api.Analysis;
import org.asskomm.analysis.api.AnalysisService;
import org.asskomm.analysis.api.AreaProfile;
import org.asskomm.analysis.api.AreaProfileService;
import org.asskomm.analysis.api.PhasePlan;
import org.asskomm.analysis.api.ProfileRow;
import org.asskomm.analysis.api.Recommendation;
import org.asskomm.analysis.api.RecommendationService;
import org.asskomm.analysis.api.Recommendations;
import org.asskomm.analysis.api.ResponseService;
import org.asskomm.analysis.api.SafetyIndex;
import org.asskomm.analysis.api.Survey;
import org.asskomm.analysis.api.SurveyResults;
import org.asskomm.analysis.api.SurveyService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.pdf.Table;
import org.asskomm.pdf.TextDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The report of an analysis (German): phases, area profile, survey results, ranked problems. One list of sections,
 * rendered as HTML or as PDF through the platform's PDF writer.
 */
@Component(service = ReportRegistry.class)
public class ReportRegistry {

    /** A section of the report: a heading, paragraphs, and a table (header first) or none. */
    record Section(String heading, List<String> paragraphs, List<List<String>> table) {
    }

    private final AnalysisService analyses;
    private final AreaProfileService profiles;
    private final SurveyService surveys;
    private final ResponseService responses;
    private final RecommendationService recommendations;

    @Activate
    public ReportRegistry(@Reference AnalysisService analyses, @Reference AreaProfileService profiles,
                          @Reference SurveyService surveys, @Reference ResponseService responses,
                          @Reference RecommendationService recommendations) {
        this.analyses = analyses;
        this.profiles = profiles;
        this.surveys = surveys;
        this.responses = responses;
        this.recommendations = recommendations;
    }

    String title(CurrentUser user, UUID id) {
        Analysis a = analyses.get(user, id);
        return "Sicherheitsanalyse " + a.municipality() + ": " + a.title();
    }

    List<Section> sections(CurrentUser user, UUID id) {
        Analysis a = analyses.get(user, id);
        List<Section> sections = new ArrayList<>();
        List<List<String>> phases = new ArrayList<>(List.of(List.of("Phase", "geplant", "tatsächlich", "Status",
                "verantwortlich")));
        for (PhasePlan p : a.phases()) {
            phases.add(List.of(p.phase().name(), span(p.plannedStart(), p.plannedEnd()),
                    span(p.actualStart(), p.actualEnd()), p.status().name(), text(p.responsible())));
        }
        sections.add(new Section("Projekt", List.of("Status: " + a.status() + "; verantwortlich: "
                + text(a.responsible())), phases));

        AreaProfile profile = profiles.profile(user, a.municipality(), CrimeTable.TOTAL_KEY, null, null);
        List<List<String>> rates = new ArrayList<>(List.of(List.of("Jahr", "Fälle Gemeinde", "HZ Gemeinde",
                "HZ Landkreis", "HZ Sachsen")));
        for (ProfileRow r : profile.rows()) {
            rates.add(List.of(String.valueOf(r.year()), text(r.municipalityCases()), text(r.municipalityRate()),
                    text(r.districtRate()), text(r.saxonyRate())));
        }
        sections.add(new Section("Lagebild: Straftaten insgesamt (PKS)", List.of("Häufigkeitszahl (HZ) = Fälle je"
                + " 100.000 Einwohner; Einwohner: " + profile.name() + " " + profile.municipalityPopulation()
                + ", Landkreis " + profile.districtPopulation() + ", Sachsen " + profile.saxonyPopulation() + "."),
                rates.size() > 1 ? rates : null));

        Survey survey = null;
        try {
            survey = surveys.ofAnalysis(user, id);
        } catch (NotFoundException e) {
            sections.add(new Section("Bürgerbefragung", List.of("Noch keine Befragung."), null));
        }
        if (survey != null) {
            SurveyResults r = responses.results(user, survey.id());
            SafetyIndex i = r.index();
            sections.add(new Section("Bürgerbefragung", List.of("Angeschrieben: " + r.mailed() + ", Antworten: "
                    + r.responses() + " (Papier " + r.paper() + ", online " + r.online() + "), Rücklauf: "
                    + percent(r.responseRate()) + ".", "Sicherheitsindex (1 sehr unsicher ... 5 sehr sicher): "
                    + text(i.mean()) + ", 95-%-Konfidenzintervall " + text(i.lower()) + " bis " + text(i.upper())
                    + "; gewichtet nach Alter und Geschlecht: " + text(i.weightedMean()) + " (" + text(i.weightedLower())
                    + " bis " + text(i.weightedUpper()) + ")."), null));
        }
        Recommendations rec = recommendations.recommendations(user, id);
        List<List<String>> ranking = new ArrayList<>(List.of(List.of("Rang", "Problem", "Verbreitung",
                "Schwere", "Wert", "PKS-Trend")));
        for (Recommendation r : rec.ranking()) {
            ranking.add(List.of(String.valueOf(r.rank()), r.title(), percent(r.prevalence()),
                    String.valueOf(r.severity()), text(r.score()), r.trend() == null ? "–" : r.trend() + " ("
                            + r.previousCases() + " -> " + r.latestCases() + ")"));
        }
        sections.add(new Section("Prioritäten (Verbreitung × Schwere)", rec.publishedActionFields().isEmpty()
                ? List.of("Noch keine Handlungsfelder veröffentlicht.")
                : List.of("Handlungsfelder: " + String.join("; ", rec.publishedActionFields()) + "."),
                ranking.size() > 1 ? ranking : null));
        return sections;
    }

    public byte[] pdf(CurrentUser user, UUID id) {
        TextDocument doc = new TextDocument(title(user, id));
        for (Section s : sections(user, id)) {
            doc.heading(s.heading());
            s.paragraphs().forEach(doc::paragraph);
            if (s.table() != null) {
                double[] widths = new double[s.table().get(0).size()];
                java.util.Arrays.fill(widths, 1);
                Table t = new Table(widths).header(s.table().get(0).toArray(String[]::new));
                s.table().subList(1, s.table().size()).forEach(row -> t.row(row.toArray(String[]::new)));
                doc.table(t);
            }
        }
        return doc.toBytes();
    }

    public String html(CurrentUser user, UUID id) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title(user, id))).append("</title></head><body><h1>").append(escape(title(user, id)))
                .append("</h1>\n");
        for (Section s : sections(user, id)) {
            html.append("<h2>").append(escape(s.heading())).append("</h2>\n");
            s.paragraphs().forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
            if (s.table() != null) {
                html.append("<table>");
                for (int r = 0; r < s.table().size(); r++) {
                    html.append("<tr>");
                    for (String cell : s.table().get(r)) {
                        html.append(r == 0 ? "<th>" : "<td>").append(escape(cell)).append(r == 0 ? "</th>" : "</td>");
                    }
                    html.append("</tr>");
                }
                html.append("</table>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String span(Object from, Object to) {
        return from == null && to == null ? "–" : text(from) + " – " + text(to);
    }

    private static String text(Object o) {
        return o == null ? "–" : o.toString();
    }

    private static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.GERMANY, "%.1f %%", share * 100);
    }
}
