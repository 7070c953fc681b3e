package org.asskomm.councils.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.persistence.Database;

/** What the councils' rule classes ({@link Membership}, {@link MeetingRecords}) share to write: one place for it. */
abstract class CouncilWriter {

    protected final Database database;
    protected final AuditLog audit;
    protected final CouncilAccess access;
    protected final Clock clock;

    CouncilWriter(Database database, AuditLog audit, CouncilAccess access, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
