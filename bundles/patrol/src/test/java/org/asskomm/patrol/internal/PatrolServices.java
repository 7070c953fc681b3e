package org.asskomm.patrol.internal;

import java.time.Clock;

import org.asskomm.platform.testing.TestPlatform;

/** The module's services on a test platform, wired as DS wires them, with a fixed clock. */
final class PatrolServices {

    final CompoundAccess access;
    final CompoundRegistry compounds;
    final ResourceRegistry resources;
    final PatrolPlanning planning;
    final PatrolLogBook logs;
    final StatementReports statements;

    PatrolServices(TestPlatform platform, Clock clock) {
        platform.events.checkAgainst(org.asskomm.patrol.api.PatrolEvents.CATALOGUE);
        access = new CompoundAccess(platform.database, platform.schema(PatrolModule.ID, CompoundAccess.class),
                platform.municipalities, platform.enablement);
        compounds = new CompoundRegistry(platform.database, platform.municipalities, access, platform.writes);
        resources = new ResourceRegistry(access, platform.writes);
        planning = new PatrolPlanning(platform.database, access, platform.writes, clock);
        logs = new PatrolLogBook(platform.database, access, platform.writes, clock);
        statements = new StatementReports(platform.municipalities, access, clock);
    }
}
