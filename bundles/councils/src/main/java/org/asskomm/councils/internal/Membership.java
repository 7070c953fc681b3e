package org.asskomm.councils.internal;

import static org.asskomm.councils.api.CouncilService.MODULE_ID;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.asskomm.councils.api.ActionField;
import org.asskomm.councils.api.Composition;
import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.MemberRequest;
import org.asskomm.councils.api.Sector;
import org.asskomm.councils.api.WorkingGroup;
import org.asskomm.councils.api.WorkingGroupRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;

/** Members, composition, action fields and working groups of councils: their rules and their writes. */
final class Membership extends CouncilWriter {

    private final MemberStore members = new MemberStore();
    private final WorkingGroupStore groups = new WorkingGroupStore();

    Membership(Database database, AuditLog audit, CouncilAccess access, Clock clock) {
        super(database, audit, access, clock);
    }

    // ------------------------------------------------------------------ members

    Member addMember(CurrentUser user, String councilId, MemberRequest request) {
        access.checkWrite(user, councilId);
        validateMember(request, false);
        return database.inTransaction(c -> {
            Council council = access.writable(c, user, councilId);
            Member member = toMember(Ids.next(), councilId, request, 1);
            members.insert(c, member);
            audit.record(c, user, new AuditEvent(MODULE_ID, "Member", member.id(), "CREATE", council.municipality()),
                    null, member);
            return member;
        });
    }

    Member updateMember(CurrentUser user, String councilId, String memberId, MemberRequest request) {
        access.checkWrite(user, councilId);
        validateMember(request, true);
        return database.inTransaction(c -> {
            Council council = access.writable(c, user, councilId);
            Member before = members.find(c, councilId, memberId)
                    .orElseThrow(() -> new NotFoundException("No member " + memberId + " in council " + councilId + "."));
            Member after = toMember(memberId, councilId, request, request.version() + 1);
            members.update(c, after, request.version());
            audit.record(c, user, new AuditEvent(MODULE_ID, "Member", memberId, "UPDATE", council.municipality()),
                    before, after);
            return after;
        });
    }

    private static void validateMember(MemberRequest r, boolean update) {
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        new Validator()
                .text("name", r.name(), 200)
                .maxLength("organisation", r.organisation(), 300)
                .maxLength("function", r.function(), 200)
                .required("sector", r.sector())
                .required("voting", r.voting())
                .required("memberSince", r.memberSince())
                .check(r.memberSince() == null || r.memberUntil() == null || !r.memberUntil().isBefore(r.memberSince()),
                        "memberUntil", "must not be before memberSince (a member cannot leave before joining)")
                .check(!update || r.version() != null, "version", "is required")
                .throwIfInvalid();
    }

    private static Member toMember(String id, String councilId, MemberRequest r, int version) {
        return new Member(id, councilId, r.name().trim(), r.organisation(), r.function(), r.sector(), r.voting(),
                Boolean.TRUE.equals(r.steeringGroup()), r.memberSince(), r.memberUntil(), version);
    }

    List<Member> members(CurrentUser user, String councilId, LocalDate at) {
        return database.inTransaction(c -> {
            access.read(c, user, councilId);
            return members.list(c, councilId, at);
        });
    }

    Composition composition(CurrentUser user, String councilId, LocalDate at) {
        LocalDate day = at == null ? today() : at;
        return compose(councilId, day, members(user, councilId, day));
    }

    /** Counts the members sitting on the given day by sector; every sector appears, zeros included. */
    static Composition compose(String councilId, LocalDate day, List<Member> all) {
        Map<Sector, long[]> counts = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            counts.put(s, new long[2]);
        }
        long voting = 0;
        long advisory = 0;
        for (Member m : all) {
            if (!m.isMemberOn(day)) {
                continue;
            }
            counts.get(m.sector())[m.voting() ? 0 : 1]++;
            if (m.voting()) {
                voting++;
            } else {
                advisory++;
            }
        }
        List<Composition.SectorCount> sectors = counts.entrySet().stream()
                .map(e -> new Composition.SectorCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Composition(councilId, day, sectors, voting, advisory);
    }

    // ------------------------------------------------------------------ action fields and working groups

    List<ActionField> actionFields() {
        return database.inTransaction(groups::actionFields);
    }

    ActionField addActionField(CurrentUser user, ActionField field) {
        user.requireLprAdmin();
        if (field == null) {
            throw new ValidationException("body", "is required");
        }
        new Validator()
                .check(field.code() != null && field.code().matches("[A-Z][A-Z0-9_]{1,59}"), "code",
                        "must be 2 to 60 upper-case letters, digits or '_', starting with a letter")
                .text("title", field.title(), 200)
                .throwIfInvalid();
        ActionField clean = new ActionField(field.code(), field.title().trim());
        return database.inTransaction(c -> {
            if (groups.actionFieldExists(c, clean.code())) {
                throw new ConflictException("The action field " + clean.code() + " exists already.");
            }
            groups.insertActionField(c, clean);
            audit.record(c, user, new AuditEvent(MODULE_ID, "ActionField", clean.code(), "CREATE", null), null, clean);
            return clean;
        });
    }

    WorkingGroup addWorkingGroup(CurrentUser user, String councilId, WorkingGroupRequest request) {
        access.checkWrite(user, councilId);
        validateGroup(request, false);
        return database.inTransaction(c -> {
            Council council = access.writable(c, user, councilId);
            checkGroupReferences(c, councilId, request);
            WorkingGroup group = toGroup(Ids.next(), councilId, request, today(), 1);
            groups.insert(c, group);
            audit.record(c, user, new AuditEvent(MODULE_ID, "WorkingGroup", group.id(), "CREATE",
                    council.municipality()), null, group);
            return group;
        });
    }

    WorkingGroup updateWorkingGroup(CurrentUser user, String councilId, String groupId,
                                           WorkingGroupRequest request) {
        access.checkWrite(user, councilId);
        validateGroup(request, true);
        return database.inTransaction(c -> {
            Council council = access.writable(c, user, councilId);
            WorkingGroup before = groups.find(c, councilId, groupId)
                    .orElseThrow(() -> new NotFoundException("No working group " + groupId + " in council " + councilId + "."));
            checkGroupReferences(c, councilId, request);
            WorkingGroup after = toGroup(groupId, councilId, request, before.createdOn(), request.version() + 1);
            groups.update(c, after, request.version());
            audit.record(c, user, new AuditEvent(MODULE_ID, "WorkingGroup", groupId, "UPDATE", council.municipality()),
                    before, after);
            return after;
        });
    }

    private static void validateGroup(WorkingGroupRequest r, boolean update) {
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        Validator v = new Validator()
                .text("name", r.name(), 200)
                .maxLength("mandate", r.mandate(), 2000)
                .notEmpty("actionFields", r.actionFields())
                .maxLength("situationDescription", r.situationDescription(), 8000)
                .maxLength("recommendations", r.recommendations(), 8000)
                .maxLength("measurableGoals", r.measurableGoals(), 8000)
                .check(!update || r.version() != null, "version", "is required");
        Inputs.noDuplicates(v, "actionFields", r.actionFields());
        Inputs.noDuplicates(v, "memberIds", r.memberIds());
        v.throwIfInvalid();
    }

    /** Action fields must be in the list, members must belong to this council. */
    private void checkGroupReferences(Connection c, String councilId, WorkingGroupRequest r)
            throws SQLException {
        Validator v = new Validator();
        for (int i = 0; i < r.actionFields().size(); i++) {
            v.check(groups.actionFieldExists(c, r.actionFields().get(i)), "actionFields[" + i + "]",
                    "is not a known action field (see GET /councils/action-fields)");
        }
        List<String> ids = r.memberIds() == null ? List.of() : r.memberIds();
        for (int i = 0; i < ids.size(); i++) {
            v.check(members.find(c, councilId, ids.get(i)).isPresent(), "memberIds[" + i + "]",
                    "is not a member of this council");
        }
        v.throwIfInvalid();
    }

    private static WorkingGroup toGroup(String id, String councilId, WorkingGroupRequest r, LocalDate createdOn,
                                        int version) {
        return new WorkingGroup(id, councilId, r.name().trim(), r.mandate(), r.actionFields(),
                r.memberIds() == null ? List.of() : r.memberIds(), r.situationDescription(), r.recommendations(),
                r.measurableGoals(), createdOn, version);
    }

    List<WorkingGroup> workingGroups(CurrentUser user, String councilId) {
        return database.inTransaction(c -> {
            access.read(c, user, councilId);
            return groups.list(c, councilId);
        });
    }
}
