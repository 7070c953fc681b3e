package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.util.List;

import org.asskomm.funding.api.FundingEvents;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeRequest;
import org.asskomm.funding.api.ProgrammeService;
import org.asskomm.funding.api.ReportDimension;
import org.asskomm.funding.api.ReportRow;
import org.asskomm.funding.api.Statistics;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The LPR's funding programmes: settings, figures, budget reports and public statistics. */
@Component(service = ProgrammeService.class)
public class ProgrammeRegistry implements ProgrammeService {

    private final Database database;
    private final Writes writes;

    @Activate
    public ProgrammeRegistry(@Reference Database database,
                             @Reference(target = "(asskomm.module=funding)") ModuleSchema schema,
                             @Reference Writes writes) {
        this.database = database;
        this.writes = writes;
    }

    @Override
    public Programme createProgramme(CurrentUser user, ProgrammeRequest request) {
        // no municipality's right: programmes are the LPR's; the settings are judged once the right is established
        return writes.create(user, FundingRecords.PROGRAMME, null, "CREATE")
                .authorize(CurrentUser::requireLprAdmin)
                .event(FundingEvents.PROGRAMME_CREATED,
                        (before, after) -> FundingPayloads.programme(FundingEvents.PROGRAMME_CREATED, after))
                .apply((c, id) -> ProgrammeStore.insert(c, ProgrammeRules.build(id.toString(), request, null, 1)));
    }

    @Override
    public Programme updateProgramme(CurrentUser user, String id, ProgrammeRequest request) {
        return writes.update(user, FundingRecords.PROGRAMME, FundingRecords.id(id, "Programme"), "UPDATE")
                .authorize((u, before) -> u.requireLprAdmin())
                .check(before -> changed(before, request))
                .expectVersion(request.version())
                .event(FundingEvents.PROGRAMME_UPDATED,
                        (before, after) -> FundingPayloads.programme(FundingEvents.PROGRAMME_UPDATED, after))
                .apply((c, before) -> ProgrammeStore.update(c, changed(before, request)));
    }

    /**
     * The programme as the request changes it. Judged under the programme's row lock, which approvals take too, so
     * the committed sum cannot grow past the new budget meanwhile.
     */
    private static Programme changed(Programme before, ProgrammeRequest request) {
        new Validator().required("version", request.version()).throwIfInvalid();
        Programme changed = ProgrammeRules.build(before.id(), request, before, before.version());
        if (changed.year() != before.year()) {
            throw ValidationException.of("year", "funding.unchangeableWas", before.year());
        }
        BigDecimal committed = before.figures().committed();
        if (changed.budget().compareTo(committed) < 0) {
            throw ConflictException.of("funding.programme.budgetBelowCommitted", changed.budget(), committed,
                    FundingTexts.programme(before));
        }
        return changed;
    }

    @Override
    public Programme programme(CurrentUser user, String id) {
        user.requireAuthenticated();
        return database.read(c -> ProgrammeStore.load(c, id))
                .orElseThrow(() -> NotFoundException.of("problem.notFound", ConflictException.entity("Programme"), id));
    }

    @Override
    public Page<Programme> programmes(CurrentUser user, Integer year, PageRequest page) {
        user.requireAuthenticated();
        return database.read(c -> ProgrammeStore.page(c, year, page));
    }

    @Override
    public List<ReportRow> report(CurrentUser user, String programmeId, ReportDimension dimension) {
        user.requireAuthenticated();
        if (!user.seesAll()) {
            throw AccessDeniedException.of("funding.report.forbidden");
        }
        programme(user, programmeId);
        return database.read(c -> LedgerStore.report(c, programmeId, dimension));
    }

    @Override
    public List<Statistics> statistics() {
        return database.read(LedgerStore::statistics);
    }
}
