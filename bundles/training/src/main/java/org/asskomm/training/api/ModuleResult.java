package org.asskomm.training.api;

/** A module of a programme is PASSED by examination or RECOGNISED as prior learning; FAILED counts as open. */
public enum ModuleResult {
    PASSED, RECOGNISED, FAILED
}
