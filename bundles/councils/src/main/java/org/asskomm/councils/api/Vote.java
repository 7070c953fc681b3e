package org.asskomm.councils.api;

/** How one voting member voted on a decision. */
public record Vote(String memberId, VoteChoice choice) {
}
