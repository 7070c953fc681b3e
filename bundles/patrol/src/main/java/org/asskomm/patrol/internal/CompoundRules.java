package org.asskomm.patrol.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundMember;
import org.asskomm.patrol.api.CompoundRequest;
import org.asskomm.patrol.api.CostKeyRequest;
import org.asskomm.patrol.api.CostKeyType;
import org.asskomm.patrol.api.KeyShare;
import org.asskomm.patrol.api.MemberRequest;
import org.asskomm.patrol.api.MemberRole;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.error.Validator;

/** The input rules of compounds and cost keys: every wrong field at once (400). */
final class CompoundRules {

    private final MunicipalityDirectory municipalities;

    CompoundRules(MunicipalityDirectory municipalities) {
        this.municipalities = municipalities;
    }

    /** @param existing the compound before an update, null for a creation; @return the members, by AGS */
    List<CompoundMember> members(CompoundRequest r, Compound existing) {
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.text("name", r.name(), 200);
        v.required("startDate", r.startDate());
        v.maxLength("purposeAgreementId", r.purposeAgreementId(), 100);
        v.rule(r.untouchedAfterDays() == null || (r.untouchedAfterDays() >= 1 && r.untouchedAfterDays() <= 3650),
                "untouchedAfterDays", "validation.between", 1, 3650);
        if (existing == null) {
            knownMunicipality(v, "leadAgs", r.leadAgs());
        } else {
            v.rule(r.leadAgs() == null || r.leadAgs().equals(existing.leadAgs()), "leadAgs", "patrol.compound.leadFixed");
            v.required("version", r.version());
        }
        String lead = existing == null ? r.leadAgs() : existing.leadAgs();
        v.notEmpty("members", r.members());
        List<CompoundMember> members = new ArrayList<>();
        if (r.members() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < r.members().size(); i++) {
                MemberRequest m = r.members().get(i);
                String field = "members[" + i + "]";
                if (m == null) {
                    v.rule(false, field, "validation.required");
                    continue;
                }
                Municipality municipality = knownMunicipality(v, field + ".ags", m.ags());
                v.rule(m.ags() == null || seen.add(m.ags()), field + ".ags", "validation.duplicate");
                v.required(field + ".contractedHoursPerMonth", m.contractedHoursPerMonth());
                v.rule(m.contractedHoursPerMonth() == null || (m.contractedHoursPerMonth().signum() >= 0
                                && m.contractedHoursPerMonth().compareTo(BigDecimal.valueOf(10_000)) <= 0
                                && m.contractedHoursPerMonth().stripTrailingZeros().scale() <= 2),
                        field + ".contractedHoursPerMonth", "patrol.compound.contractedHours", 0, 10_000);
                if (municipality != null) {
                    members.add(new CompoundMember(m.ags(), municipality.name(),
                            m.ags().equals(lead) ? MemberRole.LEAD : MemberRole.PARTNER, m.contractedHoursPerMonth()));
                }
            }
            v.rule(lead == null || seen.contains(lead), "members", "patrol.compound.leadMember", lead);
        }
        v.throwIfInvalid();
        members.sort(Comparator.comparing(CompoundMember::ags));
        return members;
    }

    private Municipality knownMunicipality(Validator v, String field, String ags) {
        if (ags == null || ags.isBlank()) {
            v.rule(false, field, "validation.required");
            return null;
        }
        if (!Municipality.isWellFormedKey(ags)) {
            v.rule(false, field, "validation.ags");
            return null;
        }
        Municipality m = municipalities.find(ags).orElse(null);
        v.rule(m != null, field, "validation.unknownMunicipality", ags);
        return m;
    }

    /** @return the shares of a FIXED_SHARES key, otherwise empty */
    static List<KeyShare> shares(Compound compound, CostKeyRequest r) {
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.required("validFrom", r.validFrom()).required("type", r.type());
        List<KeyShare> shares = r.shares() == null ? List.of() : r.shares();
        if (r.type() == CostKeyType.FIXED_SHARES) {
            v.notEmpty("shares", r.shares());
            BigDecimal sum = BigDecimal.ZERO;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < shares.size(); i++) {
                KeyShare s = shares.get(i);
                String field = "shares[" + i + "]";
                if (s == null) {
                    v.rule(false, field, "validation.required");
                    continue;
                }
                v.rule(s.ags() != null && compound.hasMember(s.ags()), field + ".ags", "patrol.member.notOfCompound");
                v.rule(s.ags() == null || seen.add(s.ags()), field + ".ags", "validation.duplicate");
                v.rule(s.percent() != null && s.percent().signum() >= 0 && s.percent().stripTrailingZeros().scale() <= 4,
                        field + ".percent", "patrol.costKey.percent");
                if (s.percent() != null) {
                    sum = sum.add(s.percent());
                }
            }
            v.rule(shares.isEmpty() || sum.compareTo(BigDecimal.valueOf(100)) == 0, "shares",
                    "patrol.costKey.sum", sum);
            v.rule(shares.isEmpty() || seen.size() == compound.members().size() || !v.isValid(), "shares",
                    "patrol.costKey.everyMember");
        } else {
            v.rule(shares.isEmpty(), "shares", "patrol.costKey.sharesOnlyFixed");
        }
        if (r.type() == CostKeyType.BASE_PLUS_USAGE) {
            v.rule(r.basePercent() != null && r.basePercent().signum() >= 0
                    && r.basePercent().compareTo(BigDecimal.valueOf(100)) <= 0
                    && r.basePercent().stripTrailingZeros().scale() <= 4, "basePercent", "validation.between", 0, 100);
        } else {
            v.rule(r.basePercent() == null, "basePercent", "patrol.costKey.baseOnlyUsage");
        }
        v.throwIfInvalid();
        return shares;
    }
}
