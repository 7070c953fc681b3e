package org.asskomm.patrol.api;

/** The lead municipality runs the service (employs officers, leases the vehicle); partners mandate it. */
public enum MemberRole {
    LEAD, PARTNER
}
