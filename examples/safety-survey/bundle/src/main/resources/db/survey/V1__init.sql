-- Safety analysis (Sicherheitsanalyse). Responses are anonymous: a response row has no user, no date,
-- no address; only the item scores, kept as child rows.
CREATE TABLE survey_survey (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    municipality        VARCHAR(8)  NOT NULL,
    survey_year         INTEGER     NOT NULL,
    phase               VARCHAR(20) NOT NULL,
    kick_off_on         DATE        NOT NULL,
    sample_size         INTEGER,
    version             INTEGER     NOT NULL
);
CREATE UNIQUE INDEX survey_survey_municipality_year ON survey_survey (municipality, survey_year);
CREATE INDEX survey_survey_year_phase ON survey_survey (survey_year, phase);

CREATE TABLE survey_phase (
    survey_id  VARCHAR(36) NOT NULL REFERENCES survey_survey (id),
    phase      VARCHAR(20) NOT NULL,
    entered_on DATE        NOT NULL,
    PRIMARY KEY (survey_id, phase)
);

CREATE TABLE survey_response (
    id        VARCHAR(36) NOT NULL PRIMARY KEY,
    survey_id VARCHAR(36) NOT NULL REFERENCES survey_survey (id)
);
CREATE INDEX survey_response_survey ON survey_response (survey_id);

CREATE TABLE survey_answer (
    response_id VARCHAR(36) NOT NULL REFERENCES survey_response (id),
    item_no     INTEGER     NOT NULL,
    score       INTEGER     NOT NULL,
    PRIMARY KEY (response_id, item_no)
);
