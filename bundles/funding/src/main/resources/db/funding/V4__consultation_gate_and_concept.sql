-- Issue 22: a programme may require a recorded LPR consultation of the municipality within this many months
-- before an application is submitted (the consultation gate); NULL: no gate.
ALTER TABLE funding_programme ADD COLUMN consultation_months INTEGER;
-- A programme may require a complete project concept (Beccaria standards) before submission.
ALTER TABLE funding_programme ADD COLUMN concept_required BOOLEAN DEFAULT FALSE NOT NULL;

-- The project concept of an application: one row per revision, never changed once written.
CREATE TABLE funding_concept (
    application_id VARCHAR(36) NOT NULL REFERENCES funding_application (id),
    revision INTEGER NOT NULL,
    problem VARCHAR(4000),
    causes VARCHAR(4000),
    goals VARCHAR(4000),
    measures VARCHAR(4000),
    implementation VARCHAR(4000),
    evaluation VARCHAR(4000),
    documentation VARCHAR(4000),
    started_from VARCHAR(400),
    saved_at TIMESTAMP NOT NULL,
    saved_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (application_id, revision)
);

-- The logic model of a revision: goals to measurable indicators.
CREATE TABLE funding_concept_indicator (
    application_id VARCHAR(36) NOT NULL,
    revision INTEGER NOT NULL,
    position INTEGER NOT NULL,
    goal VARCHAR(400) NOT NULL,
    name VARCHAR(200) NOT NULL,
    unit VARCHAR(40),
    target NUMERIC(14,2),
    PRIMARY KEY (application_id, revision, position),
    FOREIGN KEY (application_id, revision) REFERENCES funding_concept (application_id, revision)
);

-- Action fields a safety analysis published (the analysis module's ACTION_FIELDS_PUBLISHED event), if installed.
CREATE TABLE funding_known_action_fields (
    id VARCHAR(100) PRIMARY KEY,
    municipality VARCHAR(8) NOT NULL,
    published_on DATE NOT NULL,
    action_fields VARCHAR(4000) NOT NULL
);
CREATE INDEX funding_known_action_fields_municipality ON funding_known_action_fields (municipality, published_on);

-- Third-party recipients of an application with their share of the grant and their own proof of use.
CREATE TABLE funding_recipient (
    id VARCHAR(36) PRIMARY KEY,
    application_id VARCHAR(36) NOT NULL REFERENCES funding_application (id),
    name VARCHAR(200) NOT NULL,
    recipient_role VARCHAR(400),
    share NUMERIC(14,2) NOT NULL,
    proof_actual_costs NUMERIC(14,2),
    proof_report VARCHAR(4000),
    proof_submitted_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX funding_recipient_application ON funding_recipient (application_id);

-- A payout of a recipient's share names the recipient: the ledger shows the chain programme - municipality - recipient.
ALTER TABLE funding_ledger ADD COLUMN recipient_id VARCHAR(36);
ALTER TABLE funding_ledger ADD COLUMN recipient_name VARCHAR(200);

-- ANBest-K: annual interest on money to be paid back after the proof review (NULL: not configured).
ALTER TABLE funding_programme ADD COLUMN reclaim_interest_rate NUMERIC(5,4);

-- Impact evaluation: baseline and follow-up values of the indicators of a concept's logic model.
CREATE TABLE funding_indicator_value (
    application_id VARCHAR(36) NOT NULL REFERENCES funding_application (id),
    indicator VARCHAR(200) NOT NULL,
    baseline NUMERIC(14,2),
    follow_up NUMERIC(14,2),
    measured_on DATE,
    source VARCHAR(200),
    PRIMARY KEY (application_id, indicator)
);
