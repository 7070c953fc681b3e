package org.asskomm.councils.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/** The action fields (state-wide list) and the working groups of councils; rights as in {@link CouncilService}. */
@ProviderType
public interface WorkingGroupService {

    List<ActionField> actionFields();

    /** LPR admins only. */
    ActionField addActionField(CurrentUser user, ActionField field);

    WorkingGroup addWorkingGroup(CurrentUser user, String councilId, WorkingGroupRequest request);

    WorkingGroup updateWorkingGroup(CurrentUser user, String councilId, String groupId, WorkingGroupRequest request);

    List<WorkingGroup> workingGroups(CurrentUser user, String councilId);

    /** Action fields other modules proposed for the council's municipality, newest publication first. */
    List<ActionProposal> actionProposals(CurrentUser user, String councilId);
}
