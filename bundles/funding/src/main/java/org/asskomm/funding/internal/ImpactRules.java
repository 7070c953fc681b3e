package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.Concept;
import org.asskomm.funding.api.Impact;
import org.asskomm.funding.api.ImpactRequest;
import org.asskomm.funding.api.TrafficLight;
import org.asskomm.platform.api.error.Validator;

/**
 * The impact arithmetic: achievement = (follow-up - baseline) / (target - baseline), in percent rounded half up to
 * whole percent; GREEN from 100 %, YELLOW from 50 %, RED below. A project's achievement is the average over its
 * measured indicators (an indicator whose target equals its baseline is not measurable and not counted).
 */
final class ImpactRules {

    static final BigDecimal GREEN_FROM = BigDecimal.valueOf(100);
    static final BigDecimal YELLOW_FROM = BigDecimal.valueOf(50);

    private ImpactRules() {
    }

    /** 400 naming the field: values in cents, indicators of the concept's logic model only. */
    static void check(ImpactRequest r, Concept concept) {
        Validator v = new Validator().required("version", r.version()).notEmpty("measurements", r.measurements());
        Set<String> known = concept.indicators().stream().map(Concept.Indicator::name).collect(Collectors.toSet());
        List<ImpactRequest.Measurement> ms = r.measurements() == null ? List.of() : r.measurements();
        for (int i = 0; i < ms.size(); i++) {
            ImpactRequest.Measurement m = ms.get(i);
            String f = "measurements[" + i + "]";
            v.required(f, m);
            if (m != null) {
                v.text(f + ".indicator", m.indicator(), 200)
                        .rule(m.indicator() == null || known.contains(m.indicator()), f + ".indicator",
                                "funding.impact.unknownIndicator", known.isEmpty() ? "–" : String.join(", ", known))
                        .money(f + ".baseline", m.baseline()).money(f + ".followUp", m.followUp())
                        .maxLength(f + ".source", m.source(), 200);
            }
        }
        v.throwIfInvalid();
    }

    static Impact impact(Application a, Concept concept, List<ImpactRequest.Measurement> values) {
        List<Impact.IndicatorResult> results = new ArrayList<>();
        for (Concept.Indicator k : concept.indicators()) {
            ImpactRequest.Measurement m = values.stream().filter(x -> x.indicator().equals(k.name())).findFirst()
                    .orElse(null);
            BigDecimal baseline = m == null ? null : m.baseline();
            BigDecimal followUp = m == null ? null : m.followUp();
            BigDecimal achievement = achievement(baseline, k.target(), followUp);
            results.add(new Impact.IndicatorResult(k.goal(), k.name(), k.unit(), baseline, k.target(), followUp,
                    m == null ? null : m.measuredOn(), m == null ? null : m.source(), achievement, light(achievement)));
        }
        List<BigDecimal> measured = results.stream().map(Impact.IndicatorResult::achievement)
                .filter(x -> x != null).toList();
        BigDecimal average = measured.isEmpty() ? null : measured.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(measured.size()), 0, RoundingMode.HALF_UP);
        return new Impact(a.id(), a.title(), a.municipality(), a.municipalityName(), results, average, light(average));
    }

    static BigDecimal achievement(BigDecimal baseline, BigDecimal target, BigDecimal followUp) {
        if (baseline == null || target == null || followUp == null || target.compareTo(baseline) == 0) {
            return null;
        }
        return followUp.subtract(baseline).multiply(BigDecimal.valueOf(100))
                .divide(target.subtract(baseline), 0, RoundingMode.HALF_UP);
    }

    static TrafficLight light(BigDecimal achievement) {
        if (achievement == null) {
            return TrafficLight.NONE;
        }
        return achievement.compareTo(GREEN_FROM) >= 0 ? TrafficLight.GREEN
                : achievement.compareTo(YELLOW_FROM) >= 0 ? TrafficLight.YELLOW : TrafficLight.RED;
    }
}
