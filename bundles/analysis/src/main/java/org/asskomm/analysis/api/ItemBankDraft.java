package org.asskomm.analysis.api;

import java.util.List;

/** A new version of the item bank: every item of it (keep, re-word, add or leave out), and why it changed. */
public record ItemBankDraft(String note, List<SurveyItem> items) {
}
