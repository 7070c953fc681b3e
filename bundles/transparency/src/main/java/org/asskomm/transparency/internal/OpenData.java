package org.asskomm.transparency.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.asskomm.funding.api.FundedProject;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeService;
import org.asskomm.funding.api.PublicResults;
import org.asskomm.funding.api.ReportDimension;
import org.asskomm.funding.api.ReportRow;
import org.asskomm.journey.api.JourneyService;
import org.asskomm.journey.api.JourneySummary;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * The open data, aggregated from the journey's and the funding's exported services only (decision 0015). It reads as
 * a viewer and publishes nothing but counts, sums, municipality names and stage dates: no person, no application.
 */
@Component(service = OpenData.class, configurationPid = TransparencyConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class OpenData {

    /** Reads everything, writes nothing: the least a reader of all municipalities needs. */
    static final CurrentUser READER = new CurrentUser("transparency", Set.of(CurrentUser.VIEWER));
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String ADVISED = "CONSULTATIONS";
    static final String COUNCIL = "COUNCIL";
    static final String AGREEMENT = "AGREEMENT";
    static final String ANALYSIS = "SAFETY_ANALYSIS";

    private final JourneyService journeys;
    private final ProgrammeService programmes;
    private final PublicResults results;
    private final MunicipalityDirectory directory;
    private final TransparencyConfig config;

    @Activate
    public OpenData(@Reference JourneyService journeys, @Reference ProgrammeService programmes,
                    @Reference PublicResults results, @Reference MunicipalityDirectory directory,
                    TransparencyConfig config) {
        this.journeys = journeys;
        this.programmes = programmes;
        this.results = results;
        this.directory = directory;
        this.config = config;
    }

    public About about() {
        return new About(config.licence(), config.licenceUrl(), config.feedbackAddress());
    }

    public Dataset<StageLegend> stages() {
        List<StageLegend> legend = journeys.stages(READER).stream()
                .map(s -> new StageLegend(s.code(), s.position(), s.labelDe())).toList();
        return dataset("Stationen des ASSKomm-Wegs (Kartenebenen)", legend, journeySource());
    }

    /** Every municipality of the directory (the map's tiles), with the stages it has reached (often none). */
    public Dataset<MunicipalityStages> municipalities() {
        Map<String, JourneySummary> reached = new HashMap<>();
        journeys.summaries(READER, null).forEach(s -> reached.put(s.municipality(), s));
        List<MunicipalityStages> rows = new ArrayList<>();
        Page<Municipality> page;
        do {
            page = directory.search(null, null, PageRequest.of(rows.size(), PageRequest.MAX_LIMIT));
            for (Municipality m : page.items()) {
                JourneySummary s = reached.get(m.ags());
                rows.add(new MunicipalityStages(m.ags(), m.name(), m.district(), s == null ? Map.of() : s.reached()));
            }
        } while (!page.items().isEmpty() && rows.size() < page.total());
        return dataset("Gemeinden und erreichte Stationen des ASSKomm-Wegs", rows, journeySource(), directorySource());
    }

    public Dataset<DistrictFigures> districts() {
        return dataset("Kennzahlen je Landkreis und kreisfreier Stadt", districtFigures(journeys.summaries(READER, null)),
                journeySource(), directorySource());
    }

    public Dataset<DistrictFunding> funding() {
        Map<String, Map<Integer, BigDecimal[]>> sums = new TreeMap<>();
        int offset = 0;
        Page<Programme> page;
        do {
            page = programmes.programmes(READER, null, PageRequest.of(offset, PageRequest.MAX_LIMIT));
            for (Programme p : page.items()) {
                for (ReportRow row : programmes.report(READER, p.id(), ReportDimension.DISTRICT)) {
                    if (row.key() == null) {
                        continue;
                    }
                    BigDecimal[] sum = sums.computeIfAbsent(row.key(), k -> new TreeMap<>())
                            .computeIfAbsent(p.year(), y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    sum[0] = sum[0].add(row.committed());
                    sum[1] = sum[1].add(row.paid());
                }
            }
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
        List<DistrictFunding> rows = new ArrayList<>();
        sums.forEach((district, years) -> years.forEach((year, sum) ->
                rows.add(new DistrictFunding(district, year, sum[0], sum[1]))));
        return dataset("Fördermittel je Landkreis und Programmjahr (bewilligt abzüglich Rückforderungen, ausgezahlt)",
                rows, fundingSource(), directorySource());
    }

    /** The funded projects of the programmes the LPR marked {@code publishResults}; no other programme's. */
    public Dataset<FundedProject> projects() {
        return dataset("Geförderte Projekte der Programme, deren Ergebnisse veröffentlicht werden", results.fundedProjects(),
                fundingSource(), directorySource());
    }

    /** Counts per district of the municipalities that reached each stage; districts without any are left out. */
    static List<DistrictFigures> districtFigures(List<JourneySummary> summaries) {
        Map<String, long[]> counts = new TreeMap<>();
        for (JourneySummary s : summaries) {
            long[] c = counts.computeIfAbsent(s.district(), d -> new long[4]);
            c[0] += s.reached().containsKey(ADVISED) ? 1 : 0;
            c[1] += s.reached().containsKey(COUNCIL) ? 1 : 0;
            c[2] += s.reached().containsKey(AGREEMENT) ? 1 : 0;
            c[3] += s.reached().containsKey(ANALYSIS) ? 1 : 0;
        }
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> new DistrictFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3])).toList();
    }

    private Dataset.Source journeySource() {
        return new Dataset.Source("ASSKomm-Weg (Modul journey): Beratungen, Vereinbarungen, Präventionsräte, "
                + "Sicherheitsanalysen", "Landespräventionsrat Sachsen", config.licence(), config.licenceUrl());
    }

    private Dataset.Source fundingSource() {
        return new Dataset.Source("Förderung (Modul funding): Buchungen der Förderprogramme",
                "Landespräventionsrat Sachsen", config.licence(), config.licenceUrl());
    }

    private static Dataset.Source directorySource() {
        return new Dataset.Source("Gemeindeverzeichnis (GV-ISys): Gemeindenamen, Schlüssel, Kreiszugehörigkeit",
                "Statistisches Bundesamt (Destatis)", "dl-de/by-2-0", "https://www.govdata.de/dl-de/by-2-0");
    }

    private <T> Dataset<T> dataset(String title, List<T> items, Dataset.Source... sources) {
        return new Dataset<>(title, config.licence(), config.licenceUrl(), LocalDate.now(ZONE), List.of(sources), items);
    }
}
