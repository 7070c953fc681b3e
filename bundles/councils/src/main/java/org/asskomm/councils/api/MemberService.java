package org.asskomm.councils.api;

import java.time.LocalDate;
import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/** The members of a council and its composition by sector; rights as in {@link CouncilService}. */
@ProviderType
public interface MemberService {

    Member addMember(CurrentUser user, String councilId, MemberRequest request);

    Member updateMember(CurrentUser user, String councilId, String memberId, MemberRequest request);

    /** Members on the given day (all, past included, when {@code at} is null). */
    List<Member> members(CurrentUser user, String councilId, LocalDate at);

    Composition composition(CurrentUser user, String councilId, LocalDate at);
}
