package org.asskomm.platform.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.junit.Test;

/** The LPR's lock of a module for a municipality, on the real enablement over H2. */
public class ModuleLockTest {

    private static final String FRANKENBERG = "14522150";
    private final TestPlatform platform = new TestPlatform();
    private final CurrentUser clerk = TestPlatform.municipalUser(FRANKENBERG);

    @Test
    public void aModuleLockedOffCannotBeSwitchedOnByTheMunicipalityUntilTheLprLiftsTheLock() {
        platform.enablement.enable(clerk, "patrol", FRANKENBERG);
        assertTrue(platform.enablement.lock(TestPlatform.lprAdmin(), "patrol", FRANKENBERG, false));
        assertFalse(platform.enablement.isEnabled("patrol", FRANKENBERG));
        assertEquals("lpr", platform.enablement.lock("patrol", FRANKENBERG).orElseThrow().lockedBy());
        assertEquals(Boolean.FALSE, platform.enablement.locks("patrol").get(FRANKENBERG).enabled());

        ConflictException refused = assertThrows(ConflictException.class,
                () -> platform.enablement.enable(clerk, "patrol", FRANKENBERG));
        assertEquals("platform.module.lockedOff", refused.detail().key());
        assertEquals("patrol", refused.detail().args().get(0));
        assertTrue(String.valueOf(refused.detail().args().get(1)).startsWith("Frankenberg/Sa."));
        assertEquals("lpr", refused.detail().args().get(2));
        // the lock binds LPR staff too: they change the lock, not the state behind it
        assertThrows(ConflictException.class, () -> platform.enablement.enable(TestPlatform.lprAdmin(), "patrol", FRANKENBERG));
        assertFalse(platform.enablement.isEnabled("patrol", FRANKENBERG));
        // switching to the locked state is no conflict
        assertFalse(platform.enablement.disable(clerk, "patrol", FRANKENBERG));

        assertThrows(AccessDeniedException.class, () -> platform.enablement.unlock(clerk, "patrol", FRANKENBERG));
        assertThrows(AccessDeniedException.class, () -> platform.enablement.lock(clerk, "patrol", FRANKENBERG, true));
        assertTrue(platform.enablement.unlock(TestPlatform.lprAdmin(), "patrol", FRANKENBERG));
        assertFalse(platform.enablement.unlock(TestPlatform.lprAdmin(), "patrol", FRANKENBERG));
        assertTrue(platform.enablement.enable(clerk, "patrol", FRANKENBERG));

        assertEquals(1, platform.audit.search(new AuditQuery("platform", null, FRANKENBERG, "LOCK", null, null, null),
                PageRequest.of(0, 10)).total());
        assertEquals(1, platform.audit.search(new AuditQuery("platform", null, FRANKENBERG, "UNLOCK", null, null, null),
                PageRequest.of(0, 10)).total());
    }

    @Test
    public void aModuleLockedOnStaysOn() {
        assertTrue(platform.enablement.lock(TestPlatform.lprAdmin(), "councils", FRANKENBERG, true));
        assertTrue(platform.enablement.isEnabled("councils", FRANKENBERG));
        assertThrows(ConflictException.class, () -> platform.enablement.disable(clerk, "councils", FRANKENBERG));
        assertTrue(platform.enablement.isEnabled("councils", FRANKENBERG));
        // the same lock again changes nothing; turning it round switches the module off
        assertFalse(platform.enablement.lock(TestPlatform.lprAdmin(), "councils", FRANKENBERG, true));
        assertTrue(platform.enablement.lock(TestPlatform.lprAdmin(), "councils", FRANKENBERG, false));
        assertFalse(platform.enablement.isEnabled("councils", FRANKENBERG));
    }
}
