package org.asskomm.patrol.api;

public enum ResourceKind {
    VEHICLE, EQUIPMENT, OTHER
}
