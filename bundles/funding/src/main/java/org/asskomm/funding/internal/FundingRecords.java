package org.asskomm.funding.internal;

import java.util.Optional;
import java.util.UUID;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.Programme;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.write.Entity;

/** The records the funding module writes through the platform's write pipeline, declared once. */
final class FundingRecords {

    /**
     * Programmes belong to no municipality (the LPR runs them): every writer is checked with {@code authorize}, and
     * every authenticated user may see them. Loaded under the row lock, which approvals take too.
     */
    static final Entity<Programme> PROGRAMME = new Entity<Programme>(FundingModule.ID, "Programme",
            (c, id) -> ProgrammeStore.lock(c, id.toString()) ? ProgrammeStore.load(c, id.toString()) : Optional.empty(),
            programme -> null, Programme::version, (user, programme) -> true);

    /**
     * Loaded under the application's row lock: the rules judge the state a change or a money movement is applied
     * to. A change that also needs the programme's lock (an approval) takes it after this one, never before.
     */
    static final Entity<Application> APPLICATION = Entity.<Application>of(FundingModule.ID, "Application",
                    (c, id) -> ApplicationStore.lock(c, id.toString())
                            ? ApplicationStore.load(c, id.toString()) : Optional.empty(),
                    Application::municipality)
            .versioned(Application::version);

    private FundingRecords() {
    }

    /**
     * The pipeline's id of a record the API names by text; ids that are no UUID in canonical form name no record.
     *
     * @param what the record in words, e.g. "application", for the 404
     */
    static UUID id(String id, String what) {
        try {
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equals(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // falls through to "not found", as any other unknown id
        }
        throw NotFoundException.of("problem.notFound", ConflictException.entity(what), id);
    }
}
