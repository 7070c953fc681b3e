package org.asskomm.funding.internal;

import java.util.ArrayList;
import java.util.List;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationQuery;
import org.asskomm.funding.api.ApplicationService;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Concept;
import org.asskomm.funding.api.Impact;
import org.asskomm.funding.api.ImpactRequest;
import org.asskomm.funding.api.ImpactService;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeImpact;
import org.asskomm.funding.api.ProgrammeService;
import org.asskomm.funding.api.TrafficLight;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Impact evaluation: measurements of the concepts' indicators, per project and across a programme. */
@Component(service = ImpactService.class)
public class ImpactRegistry implements ImpactService {

    /** The projects a programme's impact report covers: approved ones, before and after their proof. */
    private static final List<ApplicationStatus> FUNDED = List.of(ApplicationStatus.APPROVED,
            ApplicationStatus.PROOF_SUBMITTED, ApplicationStatus.CLOSED);

    private final Database database;
    private final Writes writes;
    private final ApplicationService applications;
    private final ProgrammeService programmes;

    @Activate
    public ImpactRegistry(@Reference Database database,
                          @Reference(target = "(asskomm.module=funding)") ModuleSchema schema,
                          @Reference Writes writes, @Reference ApplicationService applications,
                          @Reference ProgrammeService programmes) {
        this(database, writes, applications, programmes);
    }

    ImpactRegistry(Database database, Writes writes, ApplicationService applications,
                   ProgrammeService programmes) {
        this.database = database;
        this.writes = writes;
        this.applications = applications;
        this.programmes = programmes;
    }

    @Override
    public Impact recordImpact(CurrentUser user, String applicationId, ImpactRequest r) {
        writes.update(user, FundingRecords.APPLICATION, FundingRecords.id(applicationId, "Application"), "IMPACT")
                .check(before -> {
                    ImpactRules.check(r, concept(before));
                    ApplicationRules.requireStatus(before, "funding.action.impact", ApplicationStatus.DRAFT,
                            ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.APPROVED,
                            ApplicationStatus.PROOF_SUBMITTED, ApplicationStatus.CLOSED);
                })
                .expectVersion(r.version())
                .event("IMPACT_RECORDED", (before, after) -> FundingPayloads.application("IMPACT_RECORDED", after))
                .apply((c, before) -> {
                    for (ImpactRequest.Measurement m : r.measurements()) {
                        ImpactStore.put(c, before.id(), new ImpactRequest.Measurement(m.indicator(),
                                FundingMath.cents(m.baseline()), FundingMath.cents(m.followUp()), m.measuredOn(),
                                ProgrammeRules.blankToNull(m.source())));
                    }
                    ApplicationStore.update(c, before);
                });
        return impact(user, applicationId);
    }

    @Override
    public Impact impact(CurrentUser user, String applicationId) {
        return impactOf(applications.application(user, applicationId));
    }

    @Override
    public ProgrammeImpact programmeImpact(CurrentUser user, String programmeId) {
        user.requireAuthenticated();
        if (!user.seesAll()) {
            throw AccessDeniedException.of("funding.report.forbidden");
        }
        Programme p = programmes.programme(user, programmeId);
        List<Impact> impacts = new ArrayList<>();
        for (ApplicationStatus status : FUNDED) {
            applications.applications(user, new ApplicationQuery(programmeId, null, status, null),
                    new PageRequest(0, 500)).items().forEach(a -> impacts.add(impactOf(a)));
        }
        long indicators = impacts.stream().mapToLong(i -> i.indicators().size()).sum();
        long measured = impacts.stream().flatMap(i -> i.indicators().stream())
                .filter(x -> x.achievement() != null).count();
        return new ProgrammeImpact(p.id(), p.title(), p.year(), impacts.size(), p.figures().committed(),
                p.figures().paid(), indicators, measured, count(impacts, TrafficLight.GREEN),
                count(impacts, TrafficLight.YELLOW), count(impacts, TrafficLight.RED),
                count(impacts, TrafficLight.NONE), impacts);
    }

    private static long count(List<Impact> impacts, TrafficLight light) {
        return impacts.stream().filter(i -> i.light() == light).count();
    }

    private Impact impactOf(Application a) {
        return ImpactRules.impact(a, concept(a), database.read(c -> ImpactStore.of(c, a.id())));
    }

    /** The current concept (empty before the first save): its logic model names the indicators. */
    private Concept concept(Application a) {
        return database.read(c -> ConceptStore.load(c, a.id(), null)).orElse(new Concept(a.id(), 0, null, List.of(),
                null, List.of(), false, null, null));
    }
}
