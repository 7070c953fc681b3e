package org.asskomm.patrol.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundMember;
import org.asskomm.patrol.api.CostKey;
import org.asskomm.patrol.api.CostStatement;
import org.asskomm.patrol.api.Coverage;
import org.asskomm.patrol.api.MunicipalityCoverage;
import org.asskomm.patrol.api.PatrolLog;
import org.asskomm.patrol.api.SharedResource;
import org.asskomm.patrol.api.StatementService;
import org.asskomm.patrol.internal.cost.StatementCalculator;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Coverage of the places and the monthly cost statement, computed from the patrol log; reads only. */
@Component(service = StatementService.class)
public class StatementReports implements StatementService {

    private final MunicipalityDirectory municipalities;
    private final CompoundAccess access;
    private final Clock clock;
    private final PlaceStore places = new PlaceStore();
    private final LogStore logs = new LogStore();
    private final ResourceStore resources = new ResourceStore();

    @Activate
    public StatementReports(@Reference MunicipalityDirectory municipalities, @Reference CompoundAccess access) {
        this(municipalities, access, Clock.systemDefaultZone());
    }

    StatementReports(MunicipalityDirectory municipalities, CompoundAccess access, Clock clock) {
        this.municipalities = municipalities;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Coverage coverage(CurrentUser user, String compoundId, int days, LocalDate asOf) {
        new Validator().rule(days >= 1 && days <= 3650, "days", "validation.between", 1, 3650).throwIfInvalid();
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return access.read(user, compoundId, (c, compound) -> {
            List<MunicipalityCoverage> lines = new ArrayList<>();
            int formerly = 0;
            int reached = 0;
            for (CompoundMember m : compound.members()) {
                long[] row = places.coverage(c, compoundId, m.ags(), day.minusDays(days - 1L), day).get(0);
                lines.add(new MunicipalityCoverage(m.ags(), m.name(), (int) row[0], (int) row[1],
                        PlanRun.percent(BigDecimal.valueOf(row[1]), BigDecimal.valueOf(row[0]))));
                formerly += (int) row[2];
                reached += (int) row[3];
            }
            return new Coverage(compoundId, day, days, lines, formerly, reached);
        });
    }

    @Override
    public CostStatement statement(CurrentUser user, String compoundId, YearMonth month) {
        new Validator().required("month", month).throwIfInvalid();
        return access.read(user, compoundId, (c, compound) -> {
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            if (last.isBefore(compound.startDate())) {
                throw ValidationException.of("month", "patrol.statement.beforeStart", compound.startDate());
            }
            CostKey key = access.store().keyInForce(c, compoundId, first);
            Map<String, BigDecimal> delivered = new LinkedHashMap<>();
            Map<String, BigDecimal[]> usage = new HashMap<>();
            for (PatrolLog log : logs.inPeriod(c, compoundId, first, last)) {
                BigDecimal hours = BigDecimal.valueOf(Duration.between(log.start(), log.end()).toMinutes())
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                delivered.merge(log.ags(), hours, BigDecimal::add);
                if (log.vehicleId() != null) {
                    BigDecimal[] u = usage.computeIfAbsent(log.vehicleId(),
                            k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    u[0] = u[0].add(log.km());
                    u[1] = u[1].add(hours);
                }
            }
            List<StatementCalculator.MemberInput> members = new ArrayList<>();
            for (CompoundMember m : compound.members()) {
                long population = municipalities.find(m.ags()).map(Municipality::population).orElse(0L);
                members.add(new StatementCalculator.MemberInput(m.ags(), m.name(), population,
                        m.contractedHoursPerMonth(), delivered.getOrDefault(m.ags(), BigDecimal.ZERO)));
            }
            List<StatementCalculator.ResourceUsage> usages = new ArrayList<>();
            for (SharedResource resource : resources.resources(c, compoundId)) {
                BigDecimal[] u = usage.getOrDefault(resource.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                usages.add(new StatementCalculator.ResourceUsage(resource, u[0], u[1]));
            }
            return StatementCalculator.compute(compoundId, compound.name(), month.toString(), key, members, usages);
        });
    }
}
