-- Safety analysis (Sicherheitsanalyse): projects and phases, crime statistics imports, citizen survey.

CREATE TABLE analysis_project (
    id VARCHAR(36) PRIMARY KEY,
    municipality VARCHAR(8) NOT NULL,
    title VARCHAR(200) NOT NULL,
    responsible VARCHAR(200),
    status VARCHAR(20) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX analysis_project_municipality ON analysis_project (municipality);

CREATE TABLE analysis_phase (
    project_id VARCHAR(36) NOT NULL REFERENCES analysis_project (id),
    phase VARCHAR(20) NOT NULL,
    sort_order INTEGER NOT NULL,
    planned_start DATE,
    planned_end DATE,
    actual_start DATE,
    actual_end DATE,
    responsible VARCHAR(200),
    status VARCHAR(20) NOT NULL,
    PRIMARY KEY (project_id, phase)
);

-- every import is kept with its source and licence note; a replaced one is marked superseded
CREATE TABLE analysis_crime_import (
    id VARCHAR(36) PRIMARY KEY,
    table_level VARCHAR(20) NOT NULL,
    municipality VARCHAR(8),
    report_year INTEGER NOT NULL,
    source VARCHAR(500) NOT NULL,
    licence VARCHAR(500) NOT NULL,
    file_name VARCHAR(200),
    row_count INTEGER NOT NULL,
    skipped_rows INTEGER NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    imported_by VARCHAR(200) NOT NULL,
    superseded_by VARCHAR(36)
);
CREATE INDEX analysis_crime_import_year ON analysis_crime_import (table_level, report_year);

CREATE TABLE analysis_crime_figure (
    import_id VARCHAR(36) NOT NULL REFERENCES analysis_crime_import (id),
    area_key VARCHAR(8) NOT NULL,
    offence_key VARCHAR(6) NOT NULL,
    offence_name VARCHAR(300) NOT NULL,
    cases BIGINT NOT NULL,
    attempts BIGINT,
    cleared BIGINT,
    suspects BIGINT,
    PRIMARY KEY (import_id, area_key, offence_key)
);

CREATE TABLE analysis_survey (
    id VARCHAR(36) PRIMARY KEY,
    project_id VARCHAR(36) NOT NULL UNIQUE REFERENCES analysis_project (id),
    municipality VARCHAR(8) NOT NULL,
    item_bank VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL,
    reference_year INTEGER NOT NULL,
    register_rows INTEGER NOT NULL,
    seed BIGINT,
    sample_size INTEGER,
    stratified BOOLEAN,
    exported_at TIMESTAMP,
    personal_data_deleted_at TIMESTAMP,
    version INTEGER NOT NULL
);

-- Personal data of the register extract: deleted in the transaction that exports the mailing list.
CREATE TABLE analysis_register_person (
    survey_id VARCHAR(36) NOT NULL REFERENCES analysis_survey (id),
    line_no INTEGER NOT NULL,
    family_name VARCHAR(200) NOT NULL,
    given_names VARCHAR(200) NOT NULL,
    street VARCHAR(200) NOT NULL,
    postcode VARCHAR(5) NOT NULL,
    city VARCHAR(200) NOT NULL,
    age_group VARCHAR(10) NOT NULL,
    sex VARCHAR(10) NOT NULL,
    sampled BOOLEAN NOT NULL,
    PRIMARY KEY (survey_id, line_no)
);

-- Counts per age group and sex: kept after the deletion, for the weighting and the stratification check.
CREATE TABLE analysis_stratum (
    survey_id VARCHAR(36) NOT NULL REFERENCES analysis_survey (id),
    age_group VARCHAR(10) NOT NULL,
    sex VARCHAR(10) NOT NULL,
    population INTEGER NOT NULL,
    sampled INTEGER NOT NULL,
    PRIMARY KEY (survey_id, age_group, sex)
);

-- One-time codes: only a hash and whether it was used. No column refers to a person, a line of the register or
-- a response, and the rows are written in random order.
CREATE TABLE analysis_access_code (
    survey_id VARCHAR(36) NOT NULL REFERENCES analysis_survey (id),
    code_hash VARCHAR(64) NOT NULL,
    used BOOLEAN NOT NULL,
    PRIMARY KEY (survey_id, code_hash)
);

-- Responses: no reference to a person, a code or a time of arrival.
CREATE TABLE analysis_response (
    id VARCHAR(36) PRIMARY KEY,
    survey_id VARCHAR(36) NOT NULL REFERENCES analysis_survey (id),
    channel VARCHAR(10) NOT NULL,
    age_group VARCHAR(10),
    sex VARCHAR(10)
);
CREATE INDEX analysis_response_survey ON analysis_response (survey_id);

CREATE TABLE analysis_answer (
    response_id VARCHAR(36) NOT NULL REFERENCES analysis_response (id),
    item VARCHAR(40) NOT NULL,
    score INTEGER NOT NULL,
    PRIMARY KEY (response_id, item)
);

-- The action fields published from the ranked problems (the councils module may take them over by event).
CREATE TABLE analysis_action_field (
    project_id VARCHAR(36) NOT NULL REFERENCES analysis_project (id),
    rank_no INTEGER NOT NULL,
    problem VARCHAR(40) NOT NULL,
    title VARCHAR(200) NOT NULL,
    score NUMERIC(8,4) NOT NULL,
    published_at TIMESTAMP NOT NULL,
    PRIMARY KEY (project_id, rank_no)
);

-- Regulatory offences and social indicators of a municipality: user-entered or imported series.
CREATE TABLE analysis_indicator (
    id VARCHAR(36) PRIMARY KEY,
    municipality VARCHAR(8) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    name VARCHAR(200) NOT NULL,
    unit VARCHAR(50) NOT NULL,
    source VARCHAR(500) NOT NULL,
    version INTEGER NOT NULL,
    UNIQUE (municipality, kind, name)
);

CREATE TABLE analysis_indicator_value (
    indicator_id VARCHAR(36) NOT NULL REFERENCES analysis_indicator (id),
    value_year INTEGER NOT NULL,
    amount NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (indicator_id, value_year)
);
