package org.asskomm.analysis.api;

import java.util.List;

/** The drawn sample as line numbers of the register extract (1 = the first data line), and its strata. */
public record Sample(long seed, int size, boolean stratified, List<Integer> registerLines, List<Stratum> strata) {
}
