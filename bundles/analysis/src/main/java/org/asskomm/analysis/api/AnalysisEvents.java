package org.asskomm.analysis.api;

import static org.asskomm.platform.api.event.EventProperty.required;
import static org.asskomm.platform.api.event.PropertyType.DATE;
import static org.asskomm.platform.api.event.PropertyType.INTEGER;
import static org.asskomm.platform.api.event.PropertyType.TEXT;
import static org.asskomm.platform.api.event.PropertyType.TEXT_LIST;

import org.asskomm.platform.api.event.EventCatalogue;
import org.asskomm.platform.api.event.EventProperty;
import org.asskomm.platform.api.event.EventType;

/**
 * The events of the safety analysis module, posted after the change committed. Subscribe by topic
 * ({@code org/asskomm/analysis/Analysis/ACTION_FIELDS_PUBLISHED}); a reaction takes its dates from the payload, never
 * from the clock. docs/events.md is generated from {@link #CATALOGUE}.
 */
public final class AnalysisEvents {

    public static final String MODULE = "analysis";

    public static final EventProperty STATUS = required("status", TEXT, "the analysis' status after the change");
    public static final EventProperty PHASE = required("phase", TEXT, "the phase changed (an AnalysisPhase)");
    public static final EventProperty PHASE_STATUS = required("status", TEXT, "the phase's new status (OPEN, "
            + "RUNNING, DONE)");
    public static final EventProperty ACTION_FIELDS = required("actionFields", TEXT_LIST,
            "the titles of the published action fields, best ranked first");
    public static final EventProperty PROBLEMS = required("problems", TEXT_LIST,
            "the survey problems (item keys) behind the action fields, in the same order");
    public static final EventProperty PUBLISHED_ON = required("publishedOn", DATE, "the day of publication");
    public static final EventProperty ITEM_BANK_VERSION = required("version", TEXT, "the new item bank version");
    public static final EventProperty ITEM_COUNT = required("items", INTEGER, "the number of items in it");
    public static final EventProperty ROWS = required("rows", INTEGER, "the residents in the register extract");
    public static final EventProperty SEED = required("seed", TEXT,
            "the seed of the sample (a 64-bit number as decimal text): the same seed draws the same sample");
    public static final EventProperty SAMPLE_SIZE = required("sampleSize", INTEGER, "the number of residents drawn");
    public static final EventProperty DELETED_ROWS = required("deletedRows", INTEGER,
            "the register rows deleted after the export (personal data)");
    public static final EventProperty LETTERS = required("letters", INTEGER, "the letters in the mailing list");
    public static final EventProperty CHANNEL = required("channel", TEXT, "how the response came in (ONLINE, PAPER)");
    public static final EventProperty KIND = required("kind", TEXT, "the indicator's kind (an IndicatorKind)");
    public static final EventProperty NAME = required("name", TEXT, "the indicator's name");
    public static final EventProperty LEVEL = required("level", TEXT, "the crime table's level (DISTRICT, MUNICIPALITY)");
    public static final EventProperty YEAR = required("year", INTEGER, "the statistics year of the table");

    public static final EventType ANALYSIS_CREATED = EventType.of(MODULE, "Analysis", "CREATED", 1,
            "A safety analysis was opened for the municipality (status PLANNED).");
    public static final EventType ANALYSIS_UPDATED = EventType.of(MODULE, "Analysis", "UPDATED", 1,
            "The analysis' title, responsible person or status changed.", STATUS);
    public static final EventType ANALYSIS_PHASE_CHANGED = EventType.of(MODULE, "Analysis", "PHASE_CHANGED", 1,
            "A phase of the analysis was planned or its progress recorded.", PHASE, PHASE_STATUS);
    public static final EventType ACTION_FIELDS_PUBLISHED = EventType.of(MODULE, "Analysis",
            "ACTION_FIELDS_PUBLISHED", 1, "The top problems of the citizen survey were published as action fields "
                    + "for the municipality's prevention council.", ACTION_FIELDS, PROBLEMS, PUBLISHED_ON);

    public static final EventType ITEM_BANK_PUBLISHED = EventType.of(MODULE, "ItemBank", "PUBLISHED", 1,
            "The LPR published a new version of the questionnaire's item bank; new surveys use it.", ITEM_BANK_VERSION,
            ITEM_COUNT);

    public static final EventType SURVEY_CREATED = EventType.of(MODULE, "Survey", "CREATED", 1,
            "A citizen survey was opened for an analysis (status CREATED).");
    public static final EventType SURVEY_REGISTER_UPLOADED = EventType.of(MODULE, "Survey", "REGISTER_UPLOADED", 1,
            "The register extract of the residents was uploaded (or replaced).", ROWS);
    public static final EventType SURVEY_SAMPLED = EventType.of(MODULE, "Survey", "SAMPLED", 1,
            "The sample was drawn from the register extract.", SEED, SAMPLE_SIZE);
    public static final EventType SURVEY_MAILING_EXPORTED = EventType.of(MODULE, "Survey", "MAILING_EXPORTED", 1,
            "The mailing list was exported once; the residents' personal data were deleted.", DELETED_ROWS, LETTERS);

    public static final EventType RESPONSE_RECORDED = EventType.of(MODULE, "Response", "RECORDED", 1,
            "An anonymous survey response was recorded (online with a one-time code, or typed in from paper).",
            CHANNEL);

    public static final EventType INDICATOR_CREATED = EventType.of(MODULE, "Indicator", "CREATED", 1,
            "An indicator series of the area profile was created.", KIND, NAME);
    public static final EventType INDICATOR_UPDATED = EventType.of(MODULE, "Indicator", "UPDATED", 1,
            "Years of an existing indicator series were set.", KIND, NAME);

    public static final EventType CRIME_IMPORTED = EventType.of(MODULE, "CrimeImport", "IMPORTED", 1,
            "A table of the police crime statistics was imported; without `municipality` the state-wide DISTRICT "
                    + "table.", LEVEL, YEAR);

    public static final EventCatalogue CATALOGUE = EventCatalogue.of(MODULE, ANALYSIS_CREATED, ANALYSIS_UPDATED,
            ANALYSIS_PHASE_CHANGED, ACTION_FIELDS_PUBLISHED, ITEM_BANK_PUBLISHED, SURVEY_CREATED, SURVEY_REGISTER_UPLOADED,
            SURVEY_SAMPLED, SURVEY_MAILING_EXPORTED, RESPONSE_RECORDED, INDICATOR_CREATED, INDICATOR_UPDATED,
            CRIME_IMPORTED);

    private AnalysisEvents() {
    }
}
