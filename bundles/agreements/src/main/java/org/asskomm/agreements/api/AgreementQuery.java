package org.asskomm.agreements.api;

/** List filters; null means any. {@code party} matches an organisation name part, {@code year} the signing year. */
public record AgreementQuery(String municipality, String district, String party, AgreementStatus status, Integer year) {
}
