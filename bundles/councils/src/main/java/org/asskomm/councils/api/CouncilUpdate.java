package org.asskomm.councils.api;

/** Changes the name and the rules of procedure of a council; {@code version} as read. */
public record CouncilUpdate(String name, RulesOfProcedure rules, Integer version) {
}
