package org.asskomm.analysis.api;

/** Title, person responsible and status of an analysis, with the version the client read. */
public record AnalysisChange(String title, String responsible, AnalysisStatus status, Integer version) {
}
