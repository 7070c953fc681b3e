package org.asskomm.patrol.api;

/** How an officer moves between places; the plan request sets the speed of each. */
public enum TravelMode {
    FOOT, BICYCLE, CAR
}
