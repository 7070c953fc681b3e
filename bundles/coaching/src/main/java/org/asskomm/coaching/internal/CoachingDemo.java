package org.asskomm.coaching.internal;

import java.time.LocalDate;
import java.util.List;

import org.asskomm.coaching.api.Assignment;
import org.asskomm.coaching.api.AssignmentRequest;
import org.asskomm.coaching.api.ChecklistUpdate;
import org.asskomm.coaching.api.Coach;
import org.asskomm.coaching.api.CoachRequest;
import org.asskomm.coaching.api.CoachingService;
import org.asskomm.coaching.api.SessionRequest;
import org.asskomm.coaching.api.SuccessCondition;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.DemoData;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Two coaches of the pool (invented people) and the coaching of Frankenberg/Sa. since its first contact: assignment,
 * two sessions, the first conditions of the checklist met. Goes through the service, so every rule and the audit apply.
 */
@Component(service = DemoData.class)
public class CoachingDemo implements DemoData {

    static final String FRANKENBERG = "14522150";

    private final CoachingService coaching;
    private final ModuleEnablement enablement;

    @Activate
    public CoachingDemo(@Reference CoachingService coaching, @Reference ModuleEnablement enablement) {
        this.coaching = coaching;
        this.enablement = enablement;
    }

    @Override
    public String moduleId() {
        return CoachingModule.ID;
    }

    @Override
    public String load(CurrentUser user) {
        if (coaching.coaches(user, null, null, new PageRequest(0, 1)).total() > 0) {
            return "The pool of coaches is filled already; nothing added.";
        }
        enablement.enable(user, CoachingModule.ID, FRANKENBERG);
        Coach west = coaching.createCoach(user, new CoachRequest("Katrin Demo-Berger", "k.berger@coaching.example",
                List.of("Mittelsachsen", "Chemnitz"), List.of("Präventionsrat", "Sicherheitsanalyse"), 4, null));
        coaching.createCoach(user, new CoachRequest("Jens Demo-Lorenz", "j.lorenz@coaching.example",
                List.of("Leipzig", "Nordsachsen"), List.of("Kooperationsvereinbarung", "Fördermittel"), 3, null));
        Assignment a = coaching.assign(user, new AssignmentRequest(FRANKENBERG, west.id(),
                "Präventionskoordination Stadt Frankenberg/Sa.", LocalDate.of(2020, 10, 1)));
        coaching.logSession(user, a.id(), new SessionRequest(LocalDate.of(2020, 10, 14),
                List.of("Auftaktgespräch", "Kooperationsvereinbarung"), "Entwurf der Vereinbarung mit Polizei und LPR abstimmen",
                "Beschluss des Stadtrats terminieren"));
        coaching.logSession(user, a.id(), new SessionRequest(LocalDate.of(2021, 2, 3),
                List.of("Koordinierungsstelle", "Präventionsrat"), "Geschäftsordnung des Präventionsrats entwerfen", null));
        a = coaching.check(user, a.id(), new ChecklistUpdate(SuccessCondition.COORDINATOR_NAMED,
                LocalDate.of(2020, 10, 14), a.version()));
        coaching.check(user, a.id(), new ChecklistUpdate(SuccessCondition.AGREEMENT_SIGNED, LocalDate.of(2020, 12, 9),
                a.version()));
        return "Coaching: 2 coaches in the pool, Frankenberg/Sa. coached since 2020-10-01 with 2 sessions.";
    }
}
