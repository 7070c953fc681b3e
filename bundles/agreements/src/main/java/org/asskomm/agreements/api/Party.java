package org.asskomm.agreements.api;

import java.util.List;

/**
 * A party to a cooperation agreement with the people who sign for it.
 *
 * @param municipality the official key when the party is a municipality, else null
 */
public record Party(String organisation, PartyType type, String municipality, List<Signatory> signatories) {
}
