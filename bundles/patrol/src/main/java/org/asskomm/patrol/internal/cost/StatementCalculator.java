package org.asskomm.patrol.internal.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.asskomm.patrol.api.CostKey;
import org.asskomm.patrol.api.CostPart;
import org.asskomm.patrol.api.CostStatement;
import org.asskomm.patrol.api.KeyShare;
import org.asskomm.patrol.api.ResourceCost;
import org.asskomm.patrol.api.SharedResource;
import org.asskomm.patrol.api.StatementLine;

/** Computes a monthly cost statement from the key in force, the members and the resources' usage. Pure. */
public final class StatementCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A member as the statement needs it. */
    public record MemberInput(String ags, String name, long population, BigDecimal contractedHours,
                              BigDecimal deliveredHours) {
    }

    /** A resource with the km driven and hours used in the month (from the patrol log). */
    public record ResourceUsage(SharedResource resource, BigDecimal km, BigDecimal hours) {
    }

    private StatementCalculator() {
    }

    public static CostStatement compute(String compoundId, String compoundName, String month, CostKey key,
                                        List<MemberInput> members, List<ResourceUsage> usages) {
        SortedMap<String, BigDecimal> weights = weights(key, members);
        BigDecimal weightSum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> amounts = new TreeMap<>();
        members.forEach(m -> amounts.put(m.ags(), BigDecimal.ZERO.setScale(2)));
        List<ResourceCost> resources = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (ResourceUsage u : usages) {
            SharedResource r = u.resource();
            BigDecimal fixed = r.monthlyFixed().setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal kmCost = r.perKm().multiply(u.km()).setScale(2, RoundingMode.HALF_UP);
            BigDecimal hourCost = r.perHour().multiply(u.hours()).setScale(2, RoundingMode.HALF_UP);
            BigDecimal cost = fixed.add(kmCost).add(hourCost);
            Map<String, BigDecimal> parts = CostSplitter.split(cost, weights);
            List<CostPart> partList = new ArrayList<>();
            parts.forEach((ags, amount) -> {
                partList.add(new CostPart(ags, amount));
                amounts.merge(ags, amount, BigDecimal::add);
            });
            resources.add(new ResourceCost(r.id(), r.name(), fixed, u.km(), kmCost, u.hours(), hourCost, cost, partList));
            total = total.add(cost);
        }
        List<StatementLine> lines = new ArrayList<>();
        for (MemberInput m : members) {
            BigDecimal share = weights.get(m.ags()).multiply(HUNDRED).divide(weightSum, MathContext.DECIMAL64)
                    .setScale(4, RoundingMode.HALF_UP);
            lines.add(new StatementLine(m.ags(), m.name(), weights.get(m.ags()).stripTrailingZeros(), share,
                    m.contractedHours(), m.deliveredHours(), amounts.get(m.ags())));
        }
        return new CostStatement(compoundId, compoundName, month, key.type(), key.validFrom(), resources, lines, total,
                CostSplitter.RULE);
    }

    /**
     * The weights of the key. BASE_PLUS_USAGE with base b %, n members and usage u_i (hours delivered, or the
     * contracted hours in a month without any) has the exact share b/n + (100-b) u_i / U; multiplied by n U it
     * becomes the integer-friendly weight b U + n (100-b) u_i.
     */
    public static SortedMap<String, BigDecimal> weights(CostKey key, List<MemberInput> members) {
        SortedMap<String, BigDecimal> weights = new TreeMap<>();
        switch (key.type()) {
            case BY_POPULATION -> members.forEach(m -> weights.put(m.ags(), BigDecimal.valueOf(m.population())));
            case BY_HOURS -> members.forEach(m -> weights.put(m.ags(), m.contractedHours()));
            case FIXED_SHARES -> {
                members.forEach(m -> weights.put(m.ags(), BigDecimal.ZERO));
                for (KeyShare s : key.shares()) {
                    weights.put(s.ags(), s.percent());
                }
            }
            case BASE_PLUS_USAGE -> {
                BigDecimal delivered = members.stream().map(MemberInput::deliveredHours).reduce(BigDecimal.ZERO, BigDecimal::add);
                boolean useDelivered = delivered.signum() > 0;
                BigDecimal usageTotal = useDelivered ? delivered
                        : members.stream().map(MemberInput::contractedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal base = key.basePercent();
                BigDecimal n = BigDecimal.valueOf(members.size());
                for (MemberInput m : members) {
                    BigDecimal usage = useDelivered ? m.deliveredHours() : m.contractedHours();
                    weights.put(m.ags(), usageTotal.signum() == 0 ? BigDecimal.ONE
                            : base.multiply(usageTotal).add(n.multiply(HUNDRED.subtract(base)).multiply(usage)));
                }
            }
            default -> throw new IllegalStateException("unknown key " + key.type());
        }
        if (weights.values().stream().allMatch(w -> w.signum() == 0)) {
            // nothing to weigh by (e.g. no contracted hours yet): split equally rather than fail
            weights.replaceAll((ags, w) -> BigDecimal.ONE);
        }
        return weights;
    }
}
