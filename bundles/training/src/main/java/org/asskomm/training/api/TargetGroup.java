package org.asskomm.training.api;

public enum TargetGroup {
    MUNICIPAL_STAFF, POLICE, COUNCIL_MEMBERS, VOLUNTEERS
}
