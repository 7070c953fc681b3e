package org.asskomm.councils.internal;

import static org.asskomm.councils.api.CouncilService.MODULE_ID;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.councils.api.ActionField;
import org.asskomm.councils.api.ActionProposal;
import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.WorkingGroup;
import org.asskomm.councils.api.WorkingGroupRequest;
import org.asskomm.councils.api.WorkingGroupService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The state-wide list of action fields and the working groups of councils. */
@Component(service = WorkingGroupService.class)
public class WorkingGroupRegistry implements WorkingGroupService {

    private final CouncilAccess access;
    private final Writes writes;
    private final WorkingGroupStore groups = new WorkingGroupStore();
    private final MemberStore members = new MemberStore();

    @Activate
    public WorkingGroupRegistry(@Reference CouncilAccess access, @Reference Writes writes) {
        this.access = access;
        this.writes = writes;
    }

    private Entity<WorkingGroup> group(Council council) {
        return CouncilAccess.partOf(council, "WorkingGroup", (c, id) -> groups.find(c, council.id(), id.toString()))
                .versioned(WorkingGroup::version);
    }

    /**
     * An action field is known by its code, not by an id of the pipeline: the entity loads the one code being
     * added. It belongs to no municipality (the LPR's list for the whole state).
     */
    private Entity<ActionField> actionField(String code) {
        return Entity.<ActionField>of(MODULE_ID, "ActionField", (c, id) -> groups.actionField(c, code), f -> null)
                .readableWhen((user, f) -> true);
    }

    // ------------------------------------------------------------------ action fields

    @Override
    public List<ActionField> actionFields() {
        return access.database().inTransaction(groups::actionFields);
    }

    @Override
    public ActionField addActionField(CurrentUser user, ActionField field) {
        user.requireLprAdmin();
        if (field == null) {
            throw ValidationException.of("body", "validation.required");
        }
        new Validator()
                .rule(field.code() != null && field.code().matches("[A-Z][A-Z0-9_]{1,59}"), "code",
                        "councils.actionField.code")
                .text("title", field.title(), 200)
                .throwIfInvalid();
        ActionField clean = new ActionField(field.code(), field.title().trim());
        return writes.create(user, actionField(clean.code()), null, "CREATE")
                .authorize(CurrentUser::requireLprAdmin)
                .apply((c, id) -> {
                    if (groups.actionFieldExists(c, clean.code())) {
                        throw ConflictException.of("councils.actionField.exists", clean.code());
                    }
                    groups.insertActionField(c, clean);
                });
    }

    // ------------------------------------------------------------------ working groups

    @Override
    public WorkingGroup addWorkingGroup(CurrentUser user, String councilId, WorkingGroupRequest request) {
        return access.create(user, councilId, () -> validate(request, false), this::group, (c, id) -> {
            checkReferences(c, councilId, request);
            groups.insert(c, toGroup(id.toString(), councilId, request, access.today(), 1));
        });
    }

    @Override
    public WorkingGroup updateWorkingGroup(CurrentUser user, String councilId, String groupId,
                                           WorkingGroupRequest request) {
        return access.update(user, councilId, () -> validate(request, true), this::group, groupId)
                .expectVersion(request.version())
                .apply((c, before) -> {
                    checkReferences(c, councilId, request);
                    groups.update(c, toGroup(groupId, councilId, request, before.createdOn(), before.version() + 1),
                            before.version());
                });
    }

    private static void validate(WorkingGroupRequest r, boolean update) {
        if (r == null) {
            throw ValidationException.of("body", "validation.required");
        }
        Validator v = new Validator()
                .text("name", r.name(), 200)
                .maxLength("mandate", r.mandate(), 2000)
                .notEmpty("actionFields", r.actionFields())
                .maxLength("situationDescription", r.situationDescription(), 8000)
                .maxLength("recommendations", r.recommendations(), 8000)
                .maxLength("measurableGoals", r.measurableGoals(), 8000)
                .rule(!update || r.version() != null, "version", "validation.required");
        Inputs.noDuplicates(v, "actionFields", r.actionFields());
        Inputs.noDuplicates(v, "memberIds", r.memberIds());
        v.throwIfInvalid();
    }

    /** Action fields must be in the list, members must belong to this council. */
    private void checkReferences(Connection c, String councilId, WorkingGroupRequest r) throws SQLException {
        Validator v = new Validator();
        for (int i = 0; i < r.actionFields().size(); i++) {
            v.rule(groups.actionFieldExists(c, r.actionFields().get(i)), "actionFields[" + i + "]",
                    "councils.actionField.unknown");
        }
        List<String> ids = r.memberIds() == null ? List.of() : r.memberIds();
        for (int i = 0; i < ids.size(); i++) {
            v.rule(members.find(c, councilId, ids.get(i)).isPresent(), "memberIds[" + i + "]",
                    "councils.member.notOfCouncil");
        }
        v.throwIfInvalid();
    }

    private static WorkingGroup toGroup(String id, String councilId, WorkingGroupRequest r, LocalDate createdOn,
                                        int version) {
        return new WorkingGroup(id, councilId, r.name().trim(), r.mandate(), r.actionFields(),
                r.memberIds() == null ? List.of() : r.memberIds(), r.situationDescription(), r.recommendations(),
                r.measurableGoals(), createdOn, version);
    }

    @Override
    public List<WorkingGroup> workingGroups(CurrentUser user, String councilId) {
        return access.database().inTransaction(c -> {
            access.read(c, user, councilId);
            return groups.list(c, councilId);
        });
    }

    @Override
    public List<ActionProposal> actionProposals(CurrentUser user, String councilId) {
        return access.database().inTransaction(c ->
                ActionProposals.ofMunicipality(c, access.read(c, user, councilId).municipality()));
    }
}
