package org.asskomm.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.asskomm.analysis.api.Channel;
import org.asskomm.analysis.api.Stratum;
import org.asskomm.analysis.api.Survey;
import org.asskomm.analysis.api.SurveyItem;
import org.asskomm.analysis.api.SurveyResponse;
import org.asskomm.analysis.api.SurveyResults;
import org.asskomm.analysis.api.SurveyStatus;

/** Response rate, item means and the safety index of a survey's responses. */
final class Results {

    private Results() {
    }

    static SurveyResults of(Survey s, List<SurveyItem> items, List<SurveyResponse> responses, List<Stratum> strata) {
        boolean mailed = s.status() == SurveyStatus.MAILED || s.status() == SurveyStatus.CLOSED;
        int letters = mailed && s.sampleSize() != null ? s.sampleSize() : 0;
        long paper = responses.stream().filter(r -> r.channel() == Channel.PAPER).count();
        Double rate = letters == 0 ? null : IndexCalculator.round((double) responses.size() / letters);
        Map<String, Double> itemMeans = new TreeMap<>();
        for (SurveyItem item : items) {
            responses.stream().map(r -> r.answers().get(item.key())).filter(v -> v != null)
                    .mapToInt(Integer::intValue).average()
                    .ifPresent(m -> itemMeans.put(item.key(), IndexCalculator.round(m)));
        }
        return new SurveyResults(letters, responses.size(), paper, responses.size() - paper, rate,
                IndexCalculator.of(observations(items, responses, strata)), itemMeans, strata);
    }

    /** Each respondent with an index value, weighted by population share / response share of the age-sex cell. */
    static List<IndexCalculator.Observation> observations(List<SurveyItem> items, List<SurveyResponse> responses,
                                                            List<Stratum> strata) {
        Map<String, Integer> population = new HashMap<>();
        long total = 0;
        for (Stratum st : strata) {
            population.put(st.ageGroup() + "/" + st.sex(), st.population());
            total += st.population();
        }
        List<Double> values = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        Map<String, Integer> responding = new HashMap<>();
        int known = 0;
        for (SurveyResponse r : responses) {
            Double value = respondentIndex(items, r);
            if (value == null) {
                continue;
            }
            String cell = r.ageGroup() == null || r.sex() == null ? null : r.ageGroup() + "/" + r.sex();
            if (cell != null && population.getOrDefault(cell, 0) > 0) {
                responding.merge(cell, 1, Integer::sum);
                known++;
            } else {
                cell = null;
            }
            values.add(value);
            cells.add(cell);
        }
        List<IndexCalculator.Observation> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String cell = cells.get(i);
            Double weight = cell == null ? null
                    : ((double) population.get(cell) / total) / ((double) responding.get(cell) / known);
            result.add(new IndexCalculator.Observation(values.get(i), weight));
        }
        return result;
    }

    /** The mean of the answered index items; null when none was answered. */
    static Double respondentIndex(List<SurveyItem> items, SurveyResponse r) {
        double sum = 0;
        int n = 0;
        for (SurveyItem item : items) {
            Integer v = r.answers().get(item.key());
            if (item.index() && v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }
}
