/**
 * Patrol module API: compounds of municipalities, shared resources and their cost split, places, plans, logs.
 * 2.0.0: the one PatrolService became CompoundService, ResourceService, PlanningService, PatrolLogService and
 * StatementService (the same methods).
 * 2.2.0: officers' travel mode and authorities, places patrolled in pairs, plans with breaks, stays, reasons,
 * utilisation and duplicated routes (issue 24).
 */
@Version("2.2.0")
@Export
package org.asskomm.patrol.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
