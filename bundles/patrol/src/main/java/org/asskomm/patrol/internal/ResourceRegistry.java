package org.asskomm.patrol.internal;

import java.math.BigDecimal;
import java.util.List;

import org.asskomm.patrol.api.Authority;
import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.OfficerRequest;
import org.asskomm.patrol.api.ResourceKind;
import org.asskomm.patrol.api.ResourceRequest;
import org.asskomm.patrol.api.ResourceService;
import org.asskomm.patrol.api.SharedResource;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A compound's shared resources and officers: the lead's, written through the pipeline. */
@Component(service = ResourceService.class)
public class ResourceRegistry implements ResourceService {

    private final CompoundAccess access;
    private final Writes writes;
    private final ResourceStore store = new ResourceStore();
    private final Entity<SharedResource> resource;
    private final Entity<Officer> officer;

    @Activate
    public ResourceRegistry(@Reference CompoundAccess access, @Reference Writes writes) {
        this.access = access;
        this.writes = writes;
        this.resource = Entity.<SharedResource>of(PatrolModule.ID, "Resource", (c, id) -> store.resource(c, id.toString()),
                        r -> access.lead(r.compoundId())).versioned(SharedResource::version)
                .readableWhen((user, r) -> access.canSee(user, r.compoundId()));
        this.officer = Entity.<Officer>of(PatrolModule.ID, "Officer", (c, id) -> store.officer(c, id.toString()),
                        o -> access.lead(o.compoundId())).versioned(Officer::version)
                .readableWhen((user, o) -> access.canSee(user, o.compoundId()));
    }

    @Override
    public SharedResource addResource(CurrentUser user, String compoundId, ResourceRequest r) {
        Compound compound = access.visible(user, compoundId);
        return writes.create(user, resource, compound.leadAgs(), "CREATE")
                .event(PatrolEvents.RESOURCE_CREATED,
                        (before, after) -> PatrolPayloads.resource(PatrolEvents.RESOURCE_CREATED, after)).apply((c, id) -> {
            validateResource(r, false);
            store.insert(c, new SharedResource(id.toString(), compoundId, r.name().trim(),
                    r.kind() == null ? ResourceKind.VEHICLE : r.kind(), r.monthlyFixed(),
                    CompoundStore.zeroIfNull(r.perKm()), CompoundStore.zeroIfNull(r.perHour()), 1));
        });
    }

    @Override
    public SharedResource updateResource(CurrentUser user, String compoundId, String resourceId, ResourceRequest r) {
        Message notFound = Message.of("patrol.notInCompound", ConflictException.entity("Resource"), resourceId);
        return writes.update(user, resource, CompoundAccess.uuid(resourceId, notFound), "UPDATE")
                .authorize(access.leadWithin(compoundId, SharedResource::compoundId, notFound))
                .check(before -> validateResource(r, true))
                .expectVersion(r == null ? null : r.version())
                .event(PatrolEvents.RESOURCE_UPDATED,
                        (before, after) -> PatrolPayloads.resource(PatrolEvents.RESOURCE_UPDATED, after))
                .apply((c, before) -> store.update(c, new SharedResource(before.id(), compoundId, r.name().trim(),
                        r.kind() == null ? before.kind() : r.kind(), r.monthlyFixed(),
                        CompoundStore.zeroIfNull(r.perKm()), CompoundStore.zeroIfNull(r.perHour()),
                        before.version() + 1), before.version()));
    }

    private static void validateResource(ResourceRequest r, boolean update) {
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.text("name", r.name(), 200).required("monthlyFixed", r.monthlyFixed()).money("monthlyFixed", r.monthlyFixed())
                .money("perKm", r.perKm()).money("perHour", r.perHour());
        if (update) {
            v.required("version", r.version());
        }
        v.throwIfInvalid();
    }

    @Override
    public List<SharedResource> resources(CurrentUser user, String compoundId) {
        return access.read(user, compoundId, (c, compound) -> store.resources(c, compoundId));
    }

    @Override
    public Officer addOfficer(CurrentUser user, String compoundId, OfficerRequest r) {
        Compound compound = access.visible(user, compoundId);
        return writes.create(user, officer, compound.leadAgs(), "CREATE")
                .event(PatrolEvents.OFFICER_CREATED,
                        (before, after) -> PatrolPayloads.part(PatrolEvents.OFFICER_CREATED, after.compoundId())).apply((c, id) -> {
            validateOfficer(compound, r, false);
            store.insert(c, new Officer(id.toString(), compoundId, r.name().trim(), r.homeAgs(), r.weeklyHours(),
                    qualifications(r), 1, r.mode(), authorities(r)));
        });
    }

    @Override
    public Officer updateOfficer(CurrentUser user, String compoundId, String officerId, OfficerRequest r) {
        Message notFound = Message.of("patrol.notInCompound", ConflictException.entity("Officer"), officerId);
        return writes.update(user, officer, CompoundAccess.uuid(officerId, notFound), "UPDATE")
                .authorize(access.leadWithin(compoundId, Officer::compoundId, notFound))
                .check(before -> validateOfficer(access.compound(compoundId), r, true))
                .expectVersion(r == null ? null : r.version())
                .event(PatrolEvents.OFFICER_UPDATED,
                        (before, after) -> PatrolPayloads.part(PatrolEvents.OFFICER_UPDATED, after.compoundId()))
                .apply((c, before) -> store.update(c, new Officer(before.id(), compoundId, r.name().trim(), r.homeAgs(),
                        r.weeklyHours(), qualifications(r), before.version() + 1,
                        r.mode() == null ? before.mode() : r.mode(),
                        r.authorities() == null ? before.authorities() : authorities(r)), before.version()));
    }

    private static List<String> qualifications(OfficerRequest r) {
        return r.qualifications() == null ? List.of()
                : r.qualifications().stream().map(String::trim).distinct().sorted().toList();
    }

    private static List<Authority> authorities(OfficerRequest r) {
        return r.authorities() == null ? List.of() : r.authorities().stream().map(a -> new Authority(a.ags(),
                a.validFrom(), a.validTo(), a.basis(), CompoundStore.blankToNull(a.reference()))).toList();
    }

    private static void validateOfficer(Compound compound, OfficerRequest r, boolean update) {
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.text("name", r.name(), 200);
        v.rule(r.homeAgs() != null && compound.hasMember(r.homeAgs()), "homeAgs", "patrol.member.notOfCompound");
        v.rule(r.weeklyHours() != null && r.weeklyHours().signum() > 0
                && r.weeklyHours().compareTo(BigDecimal.valueOf(60)) <= 0, "weeklyHours", "patrol.officer.weeklyHours", 60);
        if (r.qualifications() != null) {
            for (int i = 0; i < r.qualifications().size(); i++) {
                String q = r.qualifications().get(i);
                v.rule(q != null && !q.isBlank() && q.length() <= 100, "qualifications[" + i + "]",
                        "patrol.officer.qualification", 100);
            }
        }
        validateAuthorities(v, compound, r.authorities());
        if (update) {
            v.required("version", r.version());
        }
        v.throwIfInvalid();
    }

    /** Each authority in a member, with a first day not after its last, on a legal basis. */
    private static void validateAuthorities(Validator v, Compound compound, List<Authority> authorities) {
        if (authorities == null) {
            return;
        }
        for (int i = 0; i < authorities.size(); i++) {
            Authority a = authorities.get(i);
            String field = "authorities[" + i + "]";
            if (a == null) {
                v.rule(false, field, "validation.required");
                continue;
            }
            v.rule(a.ags() != null && compound.hasMember(a.ags()), field + ".ags", "patrol.member.notOfCompound");
            v.required(field + ".validFrom", a.validFrom()).required(field + ".basis", a.basis());
            v.rule(a.validFrom() == null || a.validTo() == null || !a.validTo().isBefore(a.validFrom()),
                    field + ".validTo", "validation.notBefore", Message.field("validFrom"));
            v.maxLength(field + ".reference", a.reference(), 200);
        }
    }

    @Override
    public List<Officer> officers(CurrentUser user, String compoundId) {
        return access.read(user, compoundId, (c, compound) -> store.officers(c, compoundId));
    }
}
