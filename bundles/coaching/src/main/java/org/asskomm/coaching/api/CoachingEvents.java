package org.asskomm.coaching.api;

import static org.asskomm.platform.api.event.EventProperty.required;
import static org.asskomm.platform.api.event.PropertyType.DATE;
import static org.asskomm.platform.api.event.PropertyType.ID;
import static org.asskomm.platform.api.event.PropertyType.TEXT;
import static org.asskomm.platform.api.event.PropertyType.TEXT_LIST;

import org.asskomm.platform.api.event.EventCatalogue;
import org.asskomm.platform.api.event.EventProperty;
import org.asskomm.platform.api.event.EventType;

/**
 * The events of the coaching module, posted after the change committed; docs/events.md is generated from
 * {@link #CATALOGUE}. They carry no personal data: the coach by id, the coordinator not at all. Changes of a coach
 * post no event (they are audited).
 */
public final class CoachingEvents {

    public static final String MODULE = CoachingService.MODULE_ID;

    public static final EventProperty COACH = required("coachId", ID, "the coach");
    public static final EventProperty STARTED_ON = required("date", DATE, "the first day of the coaching");
    public static final EventProperty ENDED_ON = required("date", DATE, "the last day of the coaching");
    public static final EventProperty HELD_ON = required("date", DATE, "the day of the session");
    public static final EventProperty ASSIGNMENT = required("assignmentId", ID, "the assignment the session belongs to");
    public static final EventProperty TOPICS = required("topics", TEXT_LIST, "the topics of the session");
    public static final EventProperty CONDITION = required("condition", TEXT,
            "the success condition (COORDINATOR_NAMED, COUNCIL_DECISION, PREVENTION_COUNCIL, AGREEMENT_SIGNED, "
                    + "SAFETY_ANALYSIS, ACTION_PLAN, SELF_SUSTAINING)");
    public static final EventProperty MET_ON = required("date", DATE, "the day the condition was met");

    public static final EventType ASSIGNED = EventType.of(MODULE, "Assignment", "ASSIGNED", 1,
            "A coach was assigned to the municipality's prevention coordinator; coaching starts on `date`.", COACH,
            STARTED_ON);
    public static final EventType CONDITION_MET = EventType.of(MODULE, "Assignment", "CONDITION_MET", 1,
            "A success condition of the coaching was met on `date`.", CONDITION, MET_ON);
    public static final EventType ENDED = EventType.of(MODULE, "Assignment", "ENDED", 1,
            "The coaching ended on `date`.", COACH, ENDED_ON);
    public static final EventType SESSION_LOGGED = EventType.of(MODULE, "Session", "LOGGED", 1,
            "A coaching session held on `date` was logged.", ASSIGNMENT, HELD_ON, TOPICS);

    public static final EventCatalogue CATALOGUE = EventCatalogue.of(MODULE, ASSIGNED, CONDITION_MET, ENDED,
            SESSION_LOGGED);

    private CoachingEvents() {
    }
}
