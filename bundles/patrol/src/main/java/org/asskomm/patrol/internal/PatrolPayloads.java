package org.asskomm.patrol.internal;

import java.util.Map;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundMember;
import org.asskomm.patrol.api.CostKey;
import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.patrol.api.PatrolLog;
import org.asskomm.patrol.api.SharedResource;
import org.asskomm.platform.api.event.EventPayload;
import org.asskomm.platform.api.event.EventType;

/** The payloads of the module's events ({@link PatrolEvents}), taken from the record after the change. */
final class PatrolPayloads {

    private PatrolPayloads() {
    }

    static Map<String, Object> compound(EventType type, Compound after) {
        return type.payload().with(PatrolEvents.NAME, after.name()).with(PatrolEvents.START_DATE, after.startDate())
                .with(PatrolEvents.MEMBERS, after.members().stream().map(CompoundMember::ags).toList()).build();
    }

    /** A record of the compound {@code compoundId} with nothing else to say. */
    static Map<String, Object> part(EventType type, String compoundId) {
        return of(type, compoundId).build();
    }

    static Map<String, Object> costKey(CostKey after) {
        return of(PatrolEvents.COST_KEY_CREATED, after.compoundId()).with(PatrolEvents.VALID_FROM, after.validFrom())
                .with(PatrolEvents.KEY_TYPE, after.type()).build();
    }

    static Map<String, Object> log(PatrolLog after) {
        return of(PatrolEvents.PATROL_LOG_CREATED, after.compoundId())
                .with(PatrolEvents.LOG_DATE, after.start().toLocalDate()).with(PatrolEvents.LOG_START, after.start())
                .with(PatrolEvents.LOG_END, after.end()).with(PatrolEvents.WARNINGS, after.warnings()).build();
    }

    static Map<String, Object> plan(PlanRun.Summary after) {
        return of(PatrolEvents.PLAN_CREATED, after.compoundId()).with(PatrolEvents.FROM, after.from())
                .with(PatrolEvents.TO, after.to()).with(PatrolEvents.SHIFTS, after.shifts()).build();
    }

    static Map<String, Object> resource(EventType type, SharedResource after) {
        return of(type, after.compoundId()).with(PatrolEvents.RESOURCE_KIND, after.kind()).build();
    }

    private static EventPayload of(EventType type, String compoundId) {
        return type.payload().with(PatrolEvents.COMPOUND_ID, compoundId);
    }
}
