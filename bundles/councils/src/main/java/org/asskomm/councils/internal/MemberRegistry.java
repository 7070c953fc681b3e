package org.asskomm.councils.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.asskomm.councils.api.Composition;
import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.MemberRequest;
import org.asskomm.councils.api.MemberService;
import org.asskomm.councils.api.Sector;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.write.Entity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The members of councils and the composition by sector on a given day. */
@Component(service = MemberService.class)
public class MemberRegistry implements MemberService {

    private final CouncilAccess access;
    private final MemberStore members = new MemberStore();

    @Activate
    public MemberRegistry(@Reference CouncilAccess access) {
        this.access = access;
    }

    private Entity<Member> member(Council council) {
        return CouncilAccess.partOf(council, "Member", (c, id) -> members.find(c, council.id(), id.toString()))
                .versioned(Member::version);
    }

    @Override
    public Member addMember(CurrentUser user, String councilId, MemberRequest request) {
        return access.create(user, councilId, () -> validate(request, false), this::member,
                (c, id) -> members.insert(c, toMember(id.toString(), councilId, request, 1)));
    }

    @Override
    public Member updateMember(CurrentUser user, String councilId, String memberId, MemberRequest request) {
        return access.update(user, councilId, () -> validate(request, true), this::member, memberId)
                .expectVersion(request.version())
                .apply((c, before) -> members.update(c, toMember(memberId, councilId, request, before.version() + 1),
                        before.version()));
    }

    private static void validate(MemberRequest r, boolean update) {
        if (r == null) {
            throw ValidationException.of("body", "validation.required");
        }
        new Validator()
                .text("name", r.name(), 200)
                .maxLength("organisation", r.organisation(), 300)
                .maxLength("function", r.function(), 200)
                .required("sector", r.sector())
                .required("voting", r.voting())
                .required("memberSince", r.memberSince())
                .rule(r.memberSince() == null || r.memberUntil() == null || !r.memberUntil().isBefore(r.memberSince()),
                        "memberUntil", "validation.notBefore", Message.field("memberSince"))
                .rule(!update || r.version() != null, "version", "validation.required")
                .throwIfInvalid();
    }

    private static Member toMember(String id, String councilId, MemberRequest r, int version) {
        return new Member(id, councilId, r.name().trim(), r.organisation(), r.function(), r.sector(), r.voting(),
                Boolean.TRUE.equals(r.steeringGroup()), r.memberSince(), r.memberUntil(), version);
    }

    @Override
    public List<Member> members(CurrentUser user, String councilId, LocalDate at) {
        return access.database().inTransaction(c -> {
            access.read(c, user, councilId);
            return members.list(c, councilId, at);
        });
    }

    @Override
    public Composition composition(CurrentUser user, String councilId, LocalDate at) {
        LocalDate day = at == null ? access.today() : at;
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
}
