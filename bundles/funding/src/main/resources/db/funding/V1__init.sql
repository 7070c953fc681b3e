-- Funding programmes: every rule of the RL KommPraev is a column (data, not code).
CREATE TABLE funding_programme (
    id VARCHAR(36) PRIMARY KEY,
    programme_year INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    budget NUMERIC(14,2) NOT NULL,
    funding_rate NUMERIC(5,4) NOT NULL,
    min_own_share NUMERIC(5,4) NOT NULL,
    min_grant NUMERIC(14,2) NOT NULL,
    cap_per_application NUMERIC(14,2),
    cap_per_municipality NUMERIC(14,2),
    window_opens DATE NOT NULL,
    window_closes DATE NOT NULL,
    reimbursement_threshold NUMERIC(14,2) NOT NULL,
    proof_months INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX funding_programme_year_idx ON funding_programme (programme_year);

CREATE TABLE funding_programme_category (
    programme_id VARCHAR(36) NOT NULL REFERENCES funding_programme (id),
    category VARCHAR(40) NOT NULL,
    PRIMARY KEY (programme_id, category)
);

CREATE TABLE funding_programme_action_field (
    programme_id VARCHAR(36) NOT NULL REFERENCES funding_programme (id),
    action_field VARCHAR(80) NOT NULL,
    PRIMARY KEY (programme_id, action_field)
);

CREATE TABLE funding_pay_grade_cap (
    programme_id VARCHAR(36) NOT NULL REFERENCES funding_programme (id),
    pay_grade VARCHAR(10) NOT NULL,
    annual_cap NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (programme_id, pay_grade)
);

CREATE TABLE funding_application (
    id VARCHAR(36) PRIMARY KEY,
    programme_id VARCHAR(36) NOT NULL REFERENCES funding_programme (id),
    municipality VARCHAR(8) NOT NULL,
    municipality_name VARCHAR(200) NOT NULL,
    district VARCHAR(100) NOT NULL,
    applicant VARCHAR(200) NOT NULL,
    title VARCHAR(200) NOT NULL,
    action_field VARCHAR(80) NOT NULL,
    location VARCHAR(200) NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    third_party_recipient VARCHAR(200),
    problem_description VARCHAR(4000) NOT NULL,
    cause_analysis VARCHAR(4000) NOT NULL,
    goals_and_target_groups VARCHAR(4000) NOT NULL,
    measures VARCHAR(4000) NOT NULL,
    implementation VARCHAR(4000) NOT NULL,
    evaluation VARCHAR(4000) NOT NULL,
    conclusions VARCHAR(4000) NOT NULL,
    consultation_date DATE NOT NULL,
    consultation_reference VARCHAR(100) NOT NULL,
    requested_amount NUMERIC(14,2) NOT NULL,
    own_contribution NUMERIC(14,2) NOT NULL,
    other_funding NUMERIC(14,2) NOT NULL,
    exception_requested BOOLEAN NOT NULL,
    exception_reason VARCHAR(2000),
    status VARCHAR(20) NOT NULL,
    submitted_at TIMESTAMP,
    decision_outcome VARCHAR(20),
    granted_amount NUMERIC(14,2),
    decision_conditions VARCHAR(4000),
    decision_reason VARCHAR(4000),
    exception_justification VARCHAR(2000),
    decided_by VARCHAR(100),
    decided_at TIMESTAMP,
    proof_due DATE,
    proof_submitted_at TIMESTAMP,
    proof_report VARCHAR(4000),
    recognized_costs NUMERIC(14,2),
    final_grant NUMERIC(14,2),
    proof_review_note VARCHAR(4000),
    proof_reviewed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX funding_application_programme_idx ON funding_application (programme_id, status);
CREATE INDEX funding_application_municipality_idx ON funding_application (municipality);
CREATE INDEX funding_application_proof_due_idx ON funding_application (status, proof_due);

CREATE TABLE funding_cost_item (
    application_id VARCHAR(36) NOT NULL REFERENCES funding_application (id),
    position INTEGER NOT NULL,
    category VARCHAR(40) NOT NULL,
    description VARCHAR(500) NOT NULL,
    amount NUMERIC(14,2) NOT NULL,
    pay_grade VARCHAR(10),
    person_years NUMERIC(6,2),
    qualification VARCHAR(500),
    PRIMARY KEY (application_id, position)
);

CREATE TABLE funding_proof_item (
    application_id VARCHAR(36) NOT NULL REFERENCES funding_application (id),
    position INTEGER NOT NULL,
    category VARCHAR(40) NOT NULL,
    amount NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (application_id, position)
);

-- Append-only: the module only ever INSERTs here. Every figure of a programme is a sum over it.
CREATE TABLE funding_ledger (
    id VARCHAR(36) PRIMARY KEY,
    programme_id VARCHAR(36) NOT NULL REFERENCES funding_programme (id),
    application_id VARCHAR(36) NOT NULL REFERENCES funding_application (id),
    municipality VARCHAR(8) NOT NULL,
    district VARCHAR(100) NOT NULL,
    action_field VARCHAR(80) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    amount NUMERIC(14,2) NOT NULL,
    value_date DATE NOT NULL,
    booked_at TIMESTAMP NOT NULL,
    booked_by VARCHAR(100) NOT NULL,
    note VARCHAR(1000)
);
CREATE INDEX funding_ledger_programme_idx ON funding_ledger (programme_id, kind);
CREATE INDEX funding_ledger_application_idx ON funding_ledger (application_id);
CREATE INDEX funding_ledger_municipality_idx ON funding_ledger (municipality);

-- Consultations reported by the agreements module (if installed) through its events.
CREATE TABLE funding_known_consultation (
    id VARCHAR(100) PRIMARY KEY,
    municipality VARCHAR(8) NOT NULL,
    consultation_date DATE,
    received_at TIMESTAMP NOT NULL
);
CREATE INDEX funding_known_consultation_municipality_idx ON funding_known_consultation (municipality);

CREATE TABLE funding_known_consultation_topic (
    consultation_id VARCHAR(100) NOT NULL REFERENCES funding_known_consultation (id),
    position INTEGER NOT NULL,
    topic VARCHAR(200) NOT NULL,
    PRIMARY KEY (consultation_id, position)
);
