package org.asskomm.training.internal;

import static org.asskomm.training.internal.TrainingEntities.ENROLMENT;
import static org.asskomm.training.internal.TrainingEntities.LPR_ADMIN;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Update;
import org.asskomm.platform.api.write.Writes;
import org.asskomm.training.api.AttendanceRequest;
import org.asskomm.training.api.Attendance;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.EnrolmentStatus;
import org.asskomm.training.api.ModuleProgress;
import org.asskomm.training.api.ModuleResult;
import org.asskomm.training.api.ModuleResultRequest;
import org.asskomm.training.api.ProgrammeModule;
import org.asskomm.training.api.ProgressService;
import org.asskomm.training.api.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Attendance, module results and completion, recorded by LPR admins. Their right is the role alone (the
 * pipeline's {@link TrainingEntities#LPR_ADMIN}): the LPR records progress also where a municipality has
 * disabled the module since. Rules that need the offer's sessions or modules run in the change, in its transaction.
 */
@Component(service = ProgressService.class)
public class ProgressRegistry implements ProgressService {

    private final Writes writes;
    private final CatalogueStore catalogue = new CatalogueStore();
    private final EnrolmentStore enrolments = new EnrolmentStore();

    @Activate
    public ProgressRegistry(@Reference(target = "(asskomm.module=training)") ModuleSchema schema,
                            @Reference Writes writes) {
        this.writes = writes;
    }

    @Override
    public Enrolment recordAttendance(CurrentUser user, String id, AttendanceRequest r) {
        user.requireLprAdmin();
        new Validator().notBlank("sessionId", r.sessionId()).required("attended", r.attended()).throwIfInvalid();
        return progress(user, id, "ATTENDANCE").check(before -> requireEnrolled(before, "training.action.recordAttendance"))
                .apply((c, before) -> {
                    OfferRef offer = TrainingEntities.offerOf(before);
                    if (catalogue.sessions(c, offer).stream().noneMatch(s -> s.id().equals(r.sessionId()))) {
                        throw ValidationException.of("sessionId", "training.session.notOfOffer", offer.kind().entity());
                    }
                    enrolments.recordAttendance(c, id, r.sessionId(), r.attended());
                });
    }

    @Override
    public Enrolment recordModuleResult(CurrentUser user, String id, String moduleId, ModuleResultRequest r) {
        user.requireLprAdmin();
        new Validator().required("result", r.result()).maxLength("note", r.note(), 500).throwIfInvalid();
        return progress(user, id, "MODULE_RESULT")
                .check(before -> {
                    if (before.cohortId() == null) {
                        throw ConflictException.of("training.progress.courseHasNoModules", id);
                    }
                    requireEnrolled(before, "training.action.recordModuleResult");
                })
                .apply((c, before) -> {
                    if (modules(c, before).stream().noneMatch(m -> m.id().equals(moduleId))) {
                        throw NotFoundException.of("training.progress.unknownModule", moduleId);
                    }
                    enrolments.recordModuleResult(c, id, moduleId, r.result(), r.note());
                });
    }

    /** A change of an enrolment's progress (audit {@code action}); the right is the LPR admin role. */
    private Update<Enrolment> progress(CurrentUser user, String id, String action) {
        return writes.update(user, ENROLMENT, TrainingEntities.id(id, "enrolment"), action).authorize(LPR_ADMIN);
    }

    private static void requireEnrolled(Enrolment e, String what) {
        if (e.status() != EnrolmentStatus.ENROLLED) {
            throw ConflictException.of("training.progress.notEnrolled", e.id(), e.status(), Message.of(what),
                    EnrolmentStatus.ENROLLED);
        }
    }

    @Override
    public Enrolment complete(CurrentUser user, String id) {
        user.requireLprAdmin();
        return progress(user, id, "COMPLETE")
                .check(before -> {
                    if (before.status() != EnrolmentStatus.ENROLLED) {
                        throw ConflictException.of("training.enrolment.transition", id, before.status(),
                                EnrolmentStatus.COMPLETED);
                    }
                })
                .event("COMPLETED", TrainingPayloads.enrolment("COMPLETED"))
                .apply((c, before) -> enrolments.complete(c, id, LocalDate.now(),
                        before.courseId() != null ? completedCourseHours(c, before) : completedModuleHours(c, before)));
    }

    /** A course is completed when every session was attended. */
    private int completedCourseHours(Connection c, Enrolment e) throws SQLException {
        Set<String> attended = new HashSet<>();
        e.attendance().stream().filter(Attendance::attended).forEach(a -> attended.add(a.sessionId()));
        List<Message> missed = new ArrayList<>();
        for (Session s : catalogue.sessions(c, OfferRef.course(e.courseId()))) {
            if (!attended.contains(s.id())) {
                missed.add(Message.of("training.session.named", s.title(), s.startsOn()));
            }
        }
        if (!missed.isEmpty()) {
            throw ConflictException.of("training.progress.sessionsMissed", missed);
        }
        return catalogue.course(c, e.courseId()).orElseThrow().creditHours();
    }

    /** A programme is completed when every module is passed or recognised as prior learning. */
    private int completedModuleHours(Connection c, Enrolment e) throws SQLException {
        Map<String, ModuleResult> results = new TreeMap<>();
        for (ModuleProgress p : e.modules()) {
            results.put(p.moduleId(), p.result());
        }
        List<String> open = new ArrayList<>();
        int hours = 0;
        for (ProgrammeModule m : modules(c, e)) {
            ModuleResult r = results.get(m.id());
            if (r == ModuleResult.PASSED || r == ModuleResult.RECOGNISED) {
                hours += m.creditHours();
            } else {
                open.add(m.title());
            }
        }
        if (!open.isEmpty()) {
            throw ConflictException.of("training.progress.modulesOpen", open);
        }
        return hours;
    }

    /** The modules of the programme of the enrolment's cohort. */
    private List<ProgrammeModule> modules(Connection c, Enrolment e) throws SQLException {
        return catalogue.modules(c, catalogue.cohort(c, e.cohortId()).orElseThrow().programmeId());
    }
}
