-- Patrol module: inter-municipal enforcement service.
CREATE TABLE patrol_compound (
    id VARCHAR(36) PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    lead_ags VARCHAR(8) NOT NULL,
    start_date DATE NOT NULL,
    purpose_agreement_id VARCHAR(100),
    untouched_after_days INTEGER NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX patrol_compound_lead ON patrol_compound (lead_ags);

CREATE TABLE patrol_member (
    compound_id VARCHAR(36) NOT NULL REFERENCES patrol_compound (id),
    ags VARCHAR(8) NOT NULL,
    role VARCHAR(20) NOT NULL,
    contracted_hours NUMERIC(8,2) NOT NULL,
    PRIMARY KEY (compound_id, ags)
);
CREATE INDEX patrol_member_ags ON patrol_member (ags);

CREATE TABLE patrol_cost_key (
    id VARCHAR(36) PRIMARY KEY,
    compound_id VARCHAR(36) NOT NULL REFERENCES patrol_compound (id),
    valid_from DATE NOT NULL,
    key_type VARCHAR(30) NOT NULL,
    base_percent NUMERIC(7,4),
    CONSTRAINT patrol_cost_key_once UNIQUE (compound_id, valid_from)
);

CREATE TABLE patrol_cost_key_share (
    key_id VARCHAR(36) NOT NULL REFERENCES patrol_cost_key (id),
    ags VARCHAR(8) NOT NULL,
    percent NUMERIC(7,4) NOT NULL,
    PRIMARY KEY (key_id, ags)
);

CREATE TABLE patrol_resource (
    id VARCHAR(36) PRIMARY KEY,
    compound_id VARCHAR(36) NOT NULL REFERENCES patrol_compound (id),
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    monthly_fixed NUMERIC(14,2) NOT NULL,
    per_km NUMERIC(14,2) NOT NULL,
    per_hour NUMERIC(14,2) NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX patrol_resource_compound ON patrol_resource (compound_id);

CREATE TABLE patrol_officer (
    id VARCHAR(36) PRIMARY KEY,
    compound_id VARCHAR(36) NOT NULL REFERENCES patrol_compound (id),
    name VARCHAR(200) NOT NULL,
    home_ags VARCHAR(8) NOT NULL,
    weekly_hours NUMERIC(5,2) NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX patrol_officer_compound ON patrol_officer (compound_id);

CREATE TABLE patrol_officer_qualification (
    officer_id VARCHAR(36) NOT NULL REFERENCES patrol_officer (id),
    qualification VARCHAR(100) NOT NULL,
    PRIMARY KEY (officer_id, qualification)
);

CREATE TABLE patrol_place (
    id VARCHAR(36) PRIMARY KEY,
    compound_id VARCHAR(36) NOT NULL REFERENCES patrol_compound (id),
    ags VARCHAR(8) NOT NULL,
    name VARCHAR(200) NOT NULL,
    category VARCHAR(30) NOT NULL,
    latitude DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    priority INTEGER NOT NULL,
    last_patrolled_on DATE,
    untouched_at_start BOOLEAN NOT NULL,
    first_reached_on DATE,
    version INTEGER NOT NULL
);
CREATE INDEX patrol_place_compound ON patrol_place (compound_id, ags);

CREATE TABLE patrol_plan (
    id VARCHAR(36) PRIMARY KEY,
    compound_id VARCHAR(36) NOT NULL REFERENCES patrol_compound (id),
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    untouched_places INTEGER NOT NULL,
    untouched_reached INTEGER NOT NULL,
    places_visited INTEGER NOT NULL,
    max_deviation NUMERIC(7,2) NOT NULL
);
CREATE INDEX patrol_plan_compound ON patrol_plan (compound_id);

CREATE TABLE patrol_shift (
    id VARCHAR(36) PRIMARY KEY,
    plan_id VARCHAR(36) NOT NULL REFERENCES patrol_plan (id),
    compound_id VARCHAR(36) NOT NULL REFERENCES patrol_compound (id),
    shift_date DATE NOT NULL,
    officer_id VARCHAR(36) NOT NULL,
    ags VARCHAR(8) NOT NULL,
    hours NUMERIC(5,2) NOT NULL,
    fixed_event VARCHAR(200),
    travel_minutes INTEGER NOT NULL
);
CREATE INDEX patrol_shift_plan ON patrol_shift (plan_id);

CREATE TABLE patrol_shift_visit (
    shift_id VARCHAR(36) NOT NULL REFERENCES patrol_shift (id),
    seq INTEGER NOT NULL,
    place_id VARCHAR(36) NOT NULL,
    arrival_minute INTEGER NOT NULL,
    PRIMARY KEY (shift_id, seq)
);

CREATE TABLE patrol_offence_category (
    code VARCHAR(50) PRIMARY KEY,
    label VARCHAR(200) NOT NULL
);
INSERT INTO patrol_offence_category (code, label) VALUES ('LOCAL_BYLAWS', 'Ortsrecht und Polizeiverordnungen');
INSERT INTO patrol_offence_category (code, label) VALUES ('PARKS_PLAYGROUNDS', 'Grünanlagen und Spielplätze');
INSERT INTO patrol_offence_category (code, label) VALUES ('PARKING', 'Ruhender Verkehr');
INSERT INTO patrol_offence_category (code, label) VALUES ('SPECIAL_USE_OF_STREETS', 'Sondernutzung öffentlicher Straßen');
INSERT INTO patrol_offence_category (code, label) VALUES ('ILLEGAL_WASTE', 'Illegale Abfallablagerung');
INSERT INTO patrol_offence_category (code, label) VALUES ('ITINERANT_TRADE_MARKETS', 'Reisegewerbe und Märkte');
INSERT INTO patrol_offence_category (code, label) VALUES ('SHOP_OPENING_HOURS', 'Ladenöffnungszeiten');
INSERT INTO patrol_offence_category (code, label) VALUES ('RESTAURANT_LAW', 'Gaststättenrecht');
INSERT INTO patrol_offence_category (code, label) VALUES ('DANGEROUS_DOGS', 'Gefährliche Hunde');

CREATE TABLE patrol_log (
    id VARCHAR(36) PRIMARY KEY,
    compound_id VARCHAR(36) NOT NULL REFERENCES patrol_compound (id),
    shift_id VARCHAR(36),
    ags VARCHAR(8) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP NOT NULL,
    log_date DATE NOT NULL,
    vehicle_id VARCHAR(36),
    km NUMERIC(9,1) NOT NULL,
    observations VARCHAR(4000),
    warnings INTEGER NOT NULL
);
CREATE INDEX patrol_log_compound ON patrol_log (compound_id, log_date);

CREATE TABLE patrol_log_officer (
    log_id VARCHAR(36) NOT NULL REFERENCES patrol_log (id),
    officer_id VARCHAR(36) NOT NULL,
    log_date DATE NOT NULL,
    PRIMARY KEY (log_id, officer_id)
);
CREATE INDEX patrol_log_officer_day ON patrol_log_officer (officer_id, log_date);

CREATE TABLE patrol_log_place (
    log_id VARCHAR(36) NOT NULL REFERENCES patrol_log (id),
    place_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (log_id, place_id)
);

CREATE TABLE patrol_log_offence (
    log_id VARCHAR(36) NOT NULL REFERENCES patrol_log (id),
    category VARCHAR(50) NOT NULL REFERENCES patrol_offence_category (code),
    offence_count INTEGER NOT NULL,
    PRIMARY KEY (log_id, category)
);
