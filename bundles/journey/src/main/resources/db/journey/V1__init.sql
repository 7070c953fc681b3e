-- The journey: the stage list (data the LPR may change) and the milestones recorded from the modules' events.
CREATE TABLE journey_stage (
    code VARCHAR(40) PRIMARY KEY,
    position INTEGER NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    version INTEGER NOT NULL
);

CREATE TABLE journey_step (
    stage_code VARCHAR(40) NOT NULL REFERENCES journey_stage (code),
    position INTEGER NOT NULL,
    topic VARCHAR(200) NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    date_property VARCHAR(60),
    members_property VARCHAR(60),
    detail_property VARCHAR(60),
    amount_property VARCHAR(60),
    PRIMARY KEY (stage_code, position)
);
CREATE INDEX journey_step_topic ON journey_step (topic);

-- one row per event and municipality it counts for (as_member: named in the step's members property only)
CREATE TABLE journey_milestone (
    id VARCHAR(36) PRIMARY KEY,
    municipality VARCHAR(8) NOT NULL,
    topic VARCHAR(200) NOT NULL,
    record_id VARCHAR(100) NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    as_member BOOLEAN NOT NULL,
    CONSTRAINT journey_milestone_once UNIQUE (topic, record_id, municipality, occurred_at)
);
-- the payload values the steps of the topic name (dates, members, details, amounts): nothing else is kept
CREATE TABLE journey_milestone_value (
    milestone_id VARCHAR(36) NOT NULL REFERENCES journey_milestone (id),
    name VARCHAR(60) NOT NULL,
    text_value VARCHAR(2000) NOT NULL,
    PRIMARY KEY (milestone_id, name)
);
CREATE INDEX journey_milestone_municipality ON journey_milestone (municipality);

INSERT INTO journey_stage (code, position, label_de, label_en, version) VALUES
    ('FIRST_CONTACT', 10, 'Erstkontakt', 'First contact', 1),
    ('CONSULTATIONS', 20, 'Beratungen', 'Consultations', 1),
    ('AGREEMENT', 30, 'Kooperationsvereinbarung', 'Cooperation agreement', 1),
    ('COUNCIL', 40, 'Präventionsrat', 'Prevention council', 1),
    ('COACHING', 50, 'Coaching', 'Coaching', 1),
    ('SAFETY_ANALYSIS', 60, 'Sicherheitsanalyse', 'Safety analysis', 1),
    ('FUNDED_PROJECTS', 70, 'Geförderte Projekte', 'Funded projects', 1),
    ('PATROL_COMPOUND', 80, 'Gemeindlicher Vollzugsdienst im Verbund', 'Inter-municipal enforcement compound', 1);

INSERT INTO journey_step (stage_code, position, topic, label_de, label_en, date_property, members_property, detail_property, amount_property) VALUES
    ('FIRST_CONTACT', 1, 'org/asskomm/agreements/Agreement/CREATED', 'Vereinbarung angebahnt', 'agreement initiated', NULL, NULL, 'subject', NULL),
    ('FIRST_CONTACT', 2, 'org/asskomm/agreements/Consultation/RECORDED', 'erste Beratung', 'first consultation', 'date', NULL, NULL, NULL),
    ('FIRST_CONTACT', 3, 'org/asskomm/coaching/Assignment/ASSIGNED', 'Coach zugeordnet', 'coach assigned', 'date', NULL, NULL, NULL),
    ('CONSULTATIONS', 1, 'org/asskomm/agreements/Consultation/RECORDED', 'Beratung durch die LPR', 'consultation by the LPR', 'date', NULL, 'topics', NULL),
    ('AGREEMENT', 1, 'org/asskomm/agreements/Agreement/SIGNED', 'unterzeichnet', 'signed', 'date', NULL, 'parties', NULL),
    ('AGREEMENT', 2, 'org/asskomm/agreements/Agreement/ENDED', 'beendet', 'ended', 'date', NULL, NULL, NULL),
    ('COUNCIL', 1, 'org/asskomm/councils/Council/CREATED', 'geplant', 'planned', 'date', 'partnerMunicipalities', 'name', NULL),
    ('COUNCIL', 2, 'org/asskomm/councils/Council/COORDINATION_OFFICE', 'Koordinierungsstelle eingerichtet', 'coordination office set up', 'date', NULL, NULL, NULL),
    ('COUNCIL', 3, 'org/asskomm/councils/Council/CONSTITUTED', 'konstituiert', 'constituted', 'date', NULL, NULL, NULL),
    ('COUNCIL', 4, 'org/asskomm/councils/Council/DORMANT', 'ruhend', 'dormant', 'date', NULL, NULL, NULL),
    ('COUNCIL', 5, 'org/asskomm/councils/Council/REACTIVATED', 'reaktiviert', 'reactivated', 'date', NULL, NULL, NULL),
    ('COACHING', 1, 'org/asskomm/coaching/Assignment/ASSIGNED', 'Coach zugeordnet', 'coach assigned', 'date', NULL, NULL, NULL),
    ('COACHING', 2, 'org/asskomm/coaching/Session/LOGGED', 'Coaching-Sitzung', 'coaching session', 'date', NULL, 'topics', NULL),
    ('COACHING', 3, 'org/asskomm/coaching/Assignment/ENDED', 'Coaching beendet', 'coaching ended', 'date', NULL, NULL, NULL),
    ('SAFETY_ANALYSIS', 1, 'org/asskomm/analysis/Analysis/CREATED', 'begonnen', 'started', NULL, NULL, NULL, NULL),
    ('SAFETY_ANALYSIS', 2, 'org/asskomm/analysis/Analysis/ACTION_FIELDS_PUBLISHED', 'Handlungsfelder veröffentlicht', 'fields of action published', NULL, NULL, NULL, NULL),
    ('FUNDED_PROJECTS', 1, 'org/asskomm/funding/Application/APPROVED', 'Förderung bewilligt', 'grant approved', 'decidedAt', NULL, NULL, 'grantedAmount'),
    ('FUNDED_PROJECTS', 2, 'org/asskomm/funding/Application/PAID', 'ausgezahlt', 'paid out', 'valueDate', NULL, NULL, 'amount'),
    ('PATROL_COMPOUND', 1, 'org/asskomm/patrol/Compound/CREATED', 'Verbund gegründet', 'compound founded', 'startDate', 'members', 'name', NULL);
