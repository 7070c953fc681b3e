package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.util.List;

import org.asskomm.funding.api.FundedProject;
import org.asskomm.funding.api.FundingEvents;
import org.asskomm.funding.api.Publication;
import org.asskomm.funding.api.PublicationRequest;
import org.asskomm.funding.api.PublicResults;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The programme flag {@code publishResults} (default false) and the funded projects it makes public. */
@Component(service = PublicResults.class)
public class PublicResultsRegistry implements PublicResults {

    private final Database database;
    private final Writes writes;

    @Activate
    public PublicResultsRegistry(@Reference Database database,
                                 @Reference(target = "(asskomm.module=funding)") ModuleSchema schema,
                                 @Reference Writes writes) {
        this.database = database;
        this.writes = writes;
    }

    @Override
    public Publication publication(CurrentUser user, String programmeId) {
        user.requireAuthenticated();
        return database.read(c -> Sql.queryOne(c, "SELECT id, publish_results, version FROM funding_programme WHERE id = ?",
                rs -> new Publication(rs.getString(1), rs.getBoolean(2), rs.getInt(3)), programmeId))
                .orElseThrow(() -> NotFoundException.of("problem.notFound", ConflictException.entity("Programme"),
                        programmeId));
    }

    @Override
    public Publication setPublication(CurrentUser user, String programmeId, PublicationRequest request) {
        writes.update(user, FundingRecords.PROGRAMME, FundingRecords.id(programmeId, "Programme"), "UPDATE")
                .authorize((u, before) -> u.requireLprAdmin())
                .check(before -> new Validator().required("publishResults", request.publishResults())
                        .required("version", request.version()).throwIfInvalid())
                .expectVersion(request.version())
                .event(FundingEvents.PROGRAMME_UPDATED,
                        (before, after) -> FundingPayloads.programme(FundingEvents.PROGRAMME_UPDATED, after))
                .apply((c, before) -> Sql.updateVersioned(c, "Programme", programmeId, "UPDATE funding_programme SET "
                        + "publish_results = ?, version = version + 1 WHERE id = ? AND version = ?",
                        request.publishResults(), programmeId, before.version()));
        return publication(user, programmeId);
    }

    @Override
    public List<FundedProject> fundedProjects() {
        return database.read(c -> Sql.query(c, "SELECT p.programme_year, p.title, a.municipality, a.municipality_name, "
                + "a.district, a.title, a.action_field, " + LedgerStore.SUMS + " FROM funding_application a "
                + "JOIN funding_programme p ON p.id = a.programme_id JOIN funding_ledger l ON l.application_id = a.id "
                + "WHERE p.publish_results = TRUE GROUP BY p.programme_year, p.title, a.id, a.municipality, "
                + "a.municipality_name, a.district, a.title, a.action_field "
                + "ORDER BY p.programme_year DESC, a.district, a.municipality_name, a.title", rs -> {
                    BigDecimal committed = LedgerStore.cents(rs, 8).subtract(LedgerStore.cents(rs, 9));
                    return new FundedProject(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), committed, LedgerStore.cents(rs, 10));
                })).stream().filter(p -> p.committed().signum() > 0).toList();
    }
}
