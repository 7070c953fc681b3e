package org.asskomm.councils.api;

public enum VoteChoice {
    YES,
    NO,
    ABSTAIN
}
