package org.asskomm.analysis.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.asskomm.analysis.api.Analysis;
import org.asskomm.analysis.api.AnalysisService;
import org.asskomm.analysis.api.AreaProfile;
import org.asskomm.analysis.api.AreaProfileService;
import org.asskomm.analysis.api.PhasePlan;
import org.asskomm.analysis.api.ItemBankService;
import org.asskomm.analysis.api.ProfileRow;
import org.asskomm.analysis.api.Recommendation;
import org.asskomm.analysis.api.RecommendationService;
import org.asskomm.analysis.api.Recommendations;
import org.asskomm.analysis.api.ResponseService;
import org.asskomm.analysis.api.SafetyIndex;
import org.asskomm.analysis.api.Survey;
import org.asskomm.analysis.api.SurveyResults;
import org.asskomm.analysis.api.SurveyItem;
import org.asskomm.analysis.api.SurveyService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.i18n.Texts;
import org.asskomm.platform.api.i18n.Translations;
import org.asskomm.pdf.BarChart;
import org.asskomm.pdf.Table;
import org.asskomm.pdf.TextDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The report of an analysis (German): phases, area profile, survey results, ranked problems, each with a chart where
 * one helps. One list of sections, rendered as HTML ({@link ReportHtml}) or as PDF through the platform's PDF writer.
 */
@Component(service = ReportRegistry.class)
public class ReportRegistry {

    /** A section of the report: a heading, paragraphs, a chart or none, and a table (header first) or none. */
    record Section(String heading, List<String> paragraphs, BarChart chart, List<List<String>> table) {
    }

    private static final int CHART_ROWS = 10;

    private final AnalysisService analyses;
    private final AreaProfileService profiles;
    private final SurveyService surveys;
    private final ResponseService responses;
    private final RecommendationService recommendations;
    private final MunicipalityDirectory directory;
    private final Translations translations;
    private final ItemBankService banks;

    @Activate
    public ReportRegistry(@Reference AnalysisService analyses, @Reference AreaProfileService profiles,
                          @Reference SurveyService surveys, @Reference ResponseService responses,
                          @Reference RecommendationService recommendations, @Reference MunicipalityDirectory directory,
                          @Reference Translations translations, @Reference ItemBankService banks) {
        this.banks = banks;
        this.analyses = analyses;
        this.profiles = profiles;
        this.surveys = surveys;
        this.responses = responses;
        this.recommendations = recommendations;
        this.directory = directory;
        this.translations = translations;
    }

    String title(CurrentUser user, UUID id) {
        Analysis a = analyses.get(user, id);
        String place = directory.find(a.municipality()).map(m -> m.name()).orElse(a.municipality());
        return "Sicherheitsanalyse " + place + ": " + a.title();
    }

    List<Section> sections(CurrentUser user, UUID id) {
        Texts de = translations.texts(Locale.GERMANY);
        Analysis a = analyses.get(user, id);
        List<Section> sections = new ArrayList<>();
        List<List<String>> phases = new ArrayList<>(List.of(List.of("Phase", "geplant", "tatsächlich", "Status",
                "verantwortlich")));
        for (PhasePlan p : a.phases()) {
            phases.add(List.of(de.text(Message.of("analysis.label.phase." + p.phase())), span(de, p.plannedStart(),
                    p.plannedEnd()), span(de, p.actualStart(), p.actualEnd()),
                    de.text(Message.of("analysis.label.phaseStatus." + p.status())), text(p.responsible())));
        }
        sections.add(new Section("Projekt", List.of("Status: " + de.text(Message.of("analysis.label.status." + a.status()))
                + "; verantwortlich: " + text(a.responsible())), null, phases));

        AreaProfile profile = profiles.profile(user, a.municipality(), CrimeTable.TOTAL_KEY, null, null);
        List<List<String>> rates = new ArrayList<>(List.of(List.of("Jahr", "Fälle Gemeinde", "HZ Gemeinde",
                "HZ Landkreis", "HZ Sachsen")));
        List<BarChart.Row> rateBars = new ArrayList<>();
        for (ProfileRow r : profile.rows()) {
            rates.add(List.of(String.valueOf(r.year()), text(r.municipalityCases()), number(r.municipalityRate()),
                    number(r.districtRate()), number(r.saxonyRate())));
            rateBars.add(new BarChart.Row(String.valueOf(r.year()), Arrays.asList(value(r.municipalityRate()),
                    value(r.districtRate()), value(r.saxonyRate()))));
        }
        sections.add(new Section("Lagebild: Straftaten insgesamt (PKS)", List.of("Häufigkeitszahl (HZ) = Fälle je"
                + " 100.000 Einwohner; Einwohner: " + profile.name() + " " + profile.municipalityPopulation()
                + ", Landkreis " + profile.districtPopulation() + ", Sachsen " + profile.saxonyPopulation() + "."),
                rateBars.isEmpty() ? null : new BarChart("Häufigkeitszahl je Jahr", List.of("Gemeinde", "Landkreis",
                        "Sachsen"), rateBars, "%.1f"), rates.size() > 1 ? rates : null));

        Survey survey = null;
        try {
            survey = surveys.ofAnalysis(user, id);
        } catch (NotFoundException e) {
            sections.add(new Section("Bürgerbefragung", List.of("Noch keine Befragung."), null, null));
        }
        if (survey != null) {
            sections.add(surveySection(responses.results(user, survey.id()), banks.version(survey.itemBank()).items()));
        }
        Recommendations rec = recommendations.recommendations(user, id);
        List<List<String>> ranking = new ArrayList<>(List.of(List.of("Rang", "Problem", "Verbreitung",
                "Schwere", "Wert", "PKS-Trend")));
        List<BarChart.Row> scores = new ArrayList<>();
        for (Recommendation r : rec.ranking()) {
            ranking.add(List.of(String.valueOf(r.rank()), r.title(), percent(r.prevalence()),
                    String.valueOf(r.severity()), number(r.score()), r.trend() == null ? "–"
                            : de.text(Message.of("analysis.label.trend." + r.trend())) + " (" + r.previousCases()
                            + " → " + r.latestCases() + ")"));
            if (scores.size() < CHART_ROWS) {
                scores.add(new BarChart.Row(r.rank() + ". " + r.title(), List.of(r.score())));
            }
        }
        sections.add(new Section("Prioritäten (Verbreitung × Schwere)", rec.publishedActionFields().isEmpty()
                ? List.of("Noch keine Handlungsfelder veröffentlicht.")
                : List.of("Handlungsfelder: " + String.join("; ", rec.publishedActionFields()) + "."),
                scores.isEmpty() ? null : new BarChart("Wert der " + scores.size() + " wichtigsten Probleme",
                        List.of("Wert"), scores, "%.2f"), ranking.size() > 1 ? ranking : null));
        return sections;
    }

    private static Section surveySection(SurveyResults r, List<SurveyItem> items) {
        SafetyIndex i = r.index();
        List<BarChart.Row> means = new ArrayList<>();
        for (SurveyItem item : items) {
            Double mean = r.itemMeans().get(item.key());
            if (mean != null) {
                means.add(new BarChart.Row(item.group() + ": " + shortText(item.text()), List.of(mean)));
            }
        }
        return new Section("Bürgerbefragung", List.of("Angeschrieben: " + r.mailed() + ", Antworten: "
                + r.responses() + " (Papier " + r.paper() + ", online " + r.online() + "), Rücklauf: "
                + percent(r.responseRate()) + ".", "Sicherheitsindex (1 sehr unsicher ... 5 sehr sicher): "
                + number(i.mean()) + ", 95-%-Konfidenzintervall " + number(i.lower()) + " bis " + number(i.upper())
                + "; gewichtet nach Alter und Geschlecht: " + number(i.weightedMean()) + " (" + number(i.weightedLower())
                + " bis " + number(i.weightedUpper()) + ")."),
                means.isEmpty() ? null : new BarChart("Mittelwerte je Frage (1 ... 5, 5 am sichersten oder besten)",
                        List.of("Mittelwert"), means, "%.2f"), null);
    }

    public byte[] pdf(CurrentUser user, UUID id) {
        TextDocument doc = new TextDocument(title(user, id));
        for (Section s : sections(user, id)) {
            doc.heading(s.heading());
            s.paragraphs().forEach(doc::paragraph);
            if (s.chart() != null) {
                doc.chart(s.chart());
            }
            if (s.table() != null) {
                double[] widths = new double[s.table().get(0).size()];
                Arrays.fill(widths, 1);
                Table t = new Table(widths).header(s.table().get(0).toArray(String[]::new));
                s.table().subList(1, s.table().size()).forEach(row -> t.row(row.toArray(String[]::new)));
                doc.table(t);
            }
        }
        return doc.toBytes();
    }

    public String html(CurrentUser user, UUID id) {
        return ReportHtml.render(title(user, id), sections(user, id));
    }

    /** The question up to its scale hint, at most 48 characters. */
    private static String shortText(String question) {
        int hint = question.indexOf(" (");
        String q = hint > 0 ? question.substring(0, hint) : question;
        return q.length() <= 48 ? q : q.substring(0, 47) + "…";
    }

    private static String span(Texts de, LocalDate from, LocalDate to) {
        return from == null && to == null ? "–" : de.text(Message.of("analysis.label.span", from == null ? "–" : from,
                to == null ? "–" : to));
    }

    private static String text(Object o) {
        return o == null ? "–" : o.toString();
    }

    private static Double value(Number n) {
        return n == null ? null : n.doubleValue();
    }

    private static String number(Number n) {
        return n == null ? "–" : String.format(Locale.GERMANY, "%.2f", n.doubleValue());
    }

    private static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.GERMANY, "%.1f %%", share * 100);
    }
}
