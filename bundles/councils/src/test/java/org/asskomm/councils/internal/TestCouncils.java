package org.asskomm.councils.internal;

import java.time.Clock;

import org.asskomm.councils.api.CouncilService;
import org.asskomm.platform.testing.TestPlatform;

/** The module's service on a fresh TestPlatform, for tests in other packages. */
public final class TestCouncils {

    private TestCouncils() {
    }

    public static CouncilService on(TestPlatform p) {
        return new CouncilManager(p.database, p.schema(CouncilService.MODULE_ID, CouncilManager.class), p.municipalities,
                p.enablement, p.audit, p.events, Clock.systemDefaultZone());
    }

    public static void loadDemo(TestPlatform p, CouncilService service) {
        new CouncilsDemo(service, p.enablement).load(org.asskomm.platform.api.CurrentUser.SYSTEM);
    }
}
