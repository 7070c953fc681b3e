package org.asskomm.training.internal;

import java.util.List;

import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.training.api.CohortRequest;
import org.asskomm.training.api.CourseRequest;
import org.asskomm.training.api.OfferStatus;
import org.asskomm.training.api.ProgrammeModuleRequest;
import org.asskomm.training.api.ProgrammeRequest;
import org.asskomm.training.api.SessionRequest;

/** The catalogue's input rules (all field errors at once) and its seat rules on the current state. */
final class CatalogueRules {

    private CatalogueRules() {
    }

    static void validateNewCourse(CourseRequest r) {
        creation(course(r), r.version(), true, r.sessions());
    }

    static void validateCourseUpdate(CourseRequest r) {
        update(course(r), r.version(), r.sessions());
    }

    private static Validator course(CourseRequest r) {
        Validator v = new Validator();
        v.text("title", r.title(), 200);
        v.maxLength("description", r.description(), 4000);
        v.maxLength("place", r.place(), 200);
        v.required("format", r.format());
        v.notEmpty("targetGroups", r.targetGroups());
        capacity(v, r.capacity());
        v.required("fee", r.fee());
        v.money("fee", r.fee());
        v.required("creditHours", r.creditHours());
        v.rule(r.creditHours() == null || (r.creditHours() >= 0 && r.creditHours() <= 10_000), "creditHours",
                "validation.between", 0, 10_000);
        return v;
    }

    static void validateNewCohort(CohortRequest r) {
        creation(cohort(r), r.version(), false, r.sessions());
    }

    static void validateCohortUpdate(CohortRequest r) {
        update(cohort(r), r.version(), r.sessions());
    }

    /** The sessions come with the creation (a course needs at least one); the version is the store's. */
    private static void creation(Validator v, Integer version, boolean sessionsRequired, List<SessionRequest> sessions) {
        v.rule(version == null, "version", "training.versionOnCreate");
        if (sessionsRequired) {
            v.notEmpty("sessions", sessions);
        }
        sessions(v, sessions);
        v.throwIfInvalid();
    }

    /** An update carries the version read and leaves the sessions alone. */
    private static void update(Validator v, Integer version, List<SessionRequest> sessions) {
        v.required("version", version);
        v.rule(sessions == null, "sessions", "training.sessionsFixed");
        v.throwIfInvalid();
    }

    private static Validator cohort(CohortRequest r) {
        Validator v = new Validator();
        v.text("title", r.title(), 200);
        v.required("intakeOn", r.intakeOn());
        v.required("semesters", r.semesters());
        v.rule(r.semesters() == null || (r.semesters() >= 1 && r.semesters() <= 20), "semesters",
                "validation.between", 1, 20);
        capacity(v, r.capacity());
        v.maxLength("place", r.place(), 200);
        v.required("fee", r.fee());
        v.money("fee", r.fee());
        return v;
    }

    private static void capacity(Validator v, Integer capacity) {
        v.required("capacity", capacity);
        v.rule(capacity == null || (capacity >= 1 && capacity <= 10_000), "capacity", "validation.between", 1, 10_000);
    }

    private static void sessions(Validator v, List<SessionRequest> sessions) {
        for (int i = 0; sessions != null && i < sessions.size(); i++) {
            SessionRequest s = sessions.get(i);
            String p = "sessions[" + i + "].";
            if (s == null) {
                v.rule(false, "sessions[" + i + "]", "validation.required");
                continue;
            }
            v.text(p + "title", s.title(), 200);
            v.required(p + "startsOn", s.startsOn());
            v.rule(s.startsOn() == null || s.endsOn() == null || !s.endsOn().isBefore(s.startsOn()), p + "endsOn",
                    "validation.notBefore", Message.field(p + "startsOn"));
            v.maxLength(p + "place", s.place(), 200);
        }
    }

    static void validateProgramme(ProgrammeRequest r) {
        Validator v = new Validator();
        v.text("title", r.title(), 200);
        v.required("degree", r.degree());
        v.text("institution", r.institution(), 200);
        v.maxLength("description", r.description(), 4000);
        v.required("partTime", r.partTime());
        v.required("distance", r.distance());
        v.notEmpty("modules", r.modules());
        for (int i = 0; r.modules() != null && i < r.modules().size(); i++) {
            ProgrammeModuleRequest m = r.modules().get(i);
            if (m == null) {
                v.rule(false, "modules[" + i + "]", "validation.required");
                continue;
            }
            v.text("modules[" + i + "].title", m.title(), 200);
            v.required("modules[" + i + "].creditHours", m.creditHours());
            v.rule(m.creditHours() == null || m.creditHours() >= 0, "modules[" + i + "].creditHours",
                    "validation.notNegative");
        }
        v.throwIfInvalid();
    }

    /** Only an open offer changes; its capacity may not fall below the seats already taken. */
    static void checkUpdate(OfferKind kind, String title, OfferStatus status, long taken, int capacity) {
        if (status != OfferStatus.OPEN) {
            throw ConflictException.of("training.offer.notOpen", kind.entity(), title, status);
        }
        if (capacity < taken) {
            throw ConflictException.of("training.offer.capacityBelowTaken", capacity, taken, title);
        }
    }
}
