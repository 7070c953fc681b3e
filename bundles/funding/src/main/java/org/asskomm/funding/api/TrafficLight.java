package org.asskomm.funding.api;

/**
 * How far a project reached its targets: GREEN at 100 % or more of the way from baseline to target, YELLOW from
 * 50 %, RED below; NONE while nothing was measured.
 */
public enum TrafficLight {
    GREEN, YELLOW, RED, NONE
}
