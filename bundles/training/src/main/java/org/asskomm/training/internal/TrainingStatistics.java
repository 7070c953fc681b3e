package org.asskomm.training.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.training.api.Count;
import org.asskomm.training.api.GraduateCount;
import org.asskomm.training.api.ParticipantsBy;
import org.asskomm.training.api.StatisticsService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The public aggregates; municipalities and districts are named from the platform's directory. */
@Component(service = StatisticsService.class)
public class TrainingStatistics implements StatisticsService {

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final StatisticsStore statistics = new StatisticsStore();

    @Activate
    public TrainingStatistics(@Reference Database database,
                              @Reference(target = "(asskomm.module=training)") ModuleSchema schema,
                              @Reference MunicipalityDirectory municipalities) {
        this.database = database;
        this.municipalities = municipalities;
    }

    @Override
    public List<Count> participants(ParticipantsBy by, Integer year) {
        return database.read(c -> switch (by) {
            case COURSE -> statistics.participants(c, "course_id", year);
            case COHORT -> statistics.participants(c, "cohort_id", year);
            case SECTOR -> statistics.participants(c, "sector", year);
            case MUNICIPALITY -> statistics.participants(c, "municipality", year).stream()
                    .map(n -> new Count(n.key(), municipalities.find(n.key()).map(Municipality::name).orElse(n.key()),
                            n.count())).toList();
            case DISTRICT -> byDistrict(statistics.participants(c, "municipality", year));
        });
    }

    private List<Count> byDistrict(List<Count> perMunicipality) {
        Map<String, Long> sums = new TreeMap<>();
        for (Count n : perMunicipality) {
            String district = municipalities.find(n.key()).map(Municipality::district).orElse("unknown");
            sums.merge(district, n.count(), Long::sum);
        }
        return sums.entrySet().stream().map(e -> new Count(e.getKey(), e.getKey(), e.getValue()))
                .sorted((a, b) -> Long.compare(b.count(), a.count())).toList();
    }

    @Override
    public List<GraduateCount> graduates(Integer year) {
        return database.read(c -> statistics.graduates(c, year));
    }
}
