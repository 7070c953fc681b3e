package org.asskomm.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a simple random sample without replacement, optionally stratified with proportional allocation (largest
 * remainders). Reproducible: {@link Random} is specified to give the same sequence for the same seed on every
 * Java platform, and the register's lines are taken in file order, so the same seed on the same extract always
 * gives the same sample.
 */
final class Sampler {

    private Sampler() {
    }

    /**
     * @param strata the stratum of each line (index 0 = line 1); any value with equals/hashCode and a stable order
     *               given by {@code order}
     * @return the sampled line numbers (1-based), ascending
     */
    static <S> List<Integer> draw(List<S> strata, int size, long seed, boolean stratified, Comparator<S> order) {
        int population = strata.size();
        if (size < 1 || size > population) {
            throw new IllegalArgumentException("sample size " + size + " outside 1.." + population);
        }
        Random random = new Random(seed);
        List<Integer> chosen = new ArrayList<>();
        if (!stratified) {
            List<Integer> all = new ArrayList<>();
            for (int i = 1; i <= population; i++) {
                all.add(i);
            }
            chosen.addAll(pick(all, size, random));
        } else {
            Map<S, List<Integer>> cells = new LinkedHashMap<>();
            strata.stream().distinct().sorted(order).forEach(s -> cells.put(s, new ArrayList<>()));
            for (int i = 0; i < population; i++) {
                cells.get(strata.get(i)).add(i + 1);
            }
            List<List<Integer>> lines = new ArrayList<>(cells.values());
            int[] quota = allocate(lines.stream().mapToInt(List::size).toArray(), size);
            for (int h = 0; h < lines.size(); h++) {
                chosen.addAll(pick(lines.get(h), quota[h], random));
            }
        }
        chosen.sort(null);
        return chosen;
    }

    /** Proportional allocation of {@code size} to cells of the given sizes: floors, then the largest remainders. */
    static int[] allocate(int[] cellSizes, int size) {
        long population = Arrays.stream(cellSizes).asLongStream().sum();
        int[] quota = new int[cellSizes.length];
        double[] remainder = new double[cellSizes.length];
        int given = 0;
        for (int h = 0; h < cellSizes.length; h++) {
            double exact = (double) size * cellSizes[h] / population;
            quota[h] = (int) Math.floor(exact);
            remainder[h] = exact - quota[h];
            given += quota[h];
        }
        Integer[] byRemainder = new Integer[cellSizes.length];
        for (int h = 0; h < byRemainder.length; h++) {
            byRemainder[h] = h;
        }
        Arrays.sort(byRemainder, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int k = 0; given < size; k++) {
            quota[byRemainder[k]]++;
            given++;
        }
        return quota;
    }

    /** The first {@code n} of a partial Fisher-Yates shuffle of a copy of {@code lines}. */
    private static List<Integer> pick(List<Integer> lines, int n, Random random) {
        List<Integer> copy = new ArrayList<>(lines);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(copy.size() - i);
            Integer tmp = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, tmp);
        }
        return copy.subList(0, n);
    }
}
