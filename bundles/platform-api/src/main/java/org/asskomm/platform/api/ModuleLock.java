package org.asskomm.platform.api;

import java.time.Instant;

/**
 * A decision of the LPR that a module stays on ({@code enabled}) or off for a municipality: the municipality
 * may not switch it; the LPR changes or lifts the lock (decision 0013).
 *
 * @param moduleId the module
 * @param ags      the municipality
 * @param enabled  the state the module is locked in
 * @param lockedBy the LPR user who set the lock
 * @param lockedAt when
 */
public record ModuleLock(String moduleId, String ags, boolean enabled, String lockedBy, Instant lockedAt) {
}
