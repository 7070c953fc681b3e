-- Issue 24: incident reports with photos (size- and type-checked uploads) and orders from the office to the field.
CREATE TABLE patrol_incident (
    id VARCHAR(36) PRIMARY KEY,
    compound_id VARCHAR(36) NOT NULL REFERENCES patrol_compound (id),
    ags VARCHAR(8) NOT NULL,
    place_id VARCHAR(36) NOT NULL REFERENCES patrol_place (id),
    occurred_at TIMESTAMP NOT NULL,
    what VARCHAR(4000) NOT NULL
);
CREATE INDEX patrol_incident_compound ON patrol_incident (compound_id, occurred_at);

CREATE TABLE patrol_incident_officer (
    incident_id VARCHAR(36) NOT NULL REFERENCES patrol_incident (id),
    seq INTEGER NOT NULL,
    officer_id VARCHAR(36) NOT NULL REFERENCES patrol_officer (id),
    PRIMARY KEY (incident_id, seq)
);

CREATE TABLE patrol_incident_photo (
    id VARCHAR(36) PRIMARY KEY,
    incident_id VARCHAR(36) NOT NULL REFERENCES patrol_incident (id),
    seq INTEGER NOT NULL,
    media_type VARCHAR(20) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    content BYTEA NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX patrol_incident_photo_incident ON patrol_incident_photo (incident_id, seq);

CREATE TABLE patrol_order (
    id VARCHAR(36) PRIMARY KEY,
    compound_id VARCHAR(36) NOT NULL REFERENCES patrol_compound (id),
    ags VARCHAR(8) NOT NULL,
    title VARCHAR(200) NOT NULL,
    place_id VARCHAR(36) NOT NULL REFERENCES patrol_place (id),
    due DATE NOT NULL,
    details VARCHAR(4000),
    status VARCHAR(10) NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX patrol_order_compound ON patrol_order (compound_id, status, due);

CREATE TABLE patrol_order_officer (
    order_id VARCHAR(36) NOT NULL REFERENCES patrol_order (id),
    seq INTEGER NOT NULL,
    officer_id VARCHAR(36) NOT NULL REFERENCES patrol_officer (id),
    PRIMARY KEY (order_id, seq)
);

-- the reminder run announces each order once when it becomes overdue (reset when its status is set again)
ALTER TABLE patrol_order ADD COLUMN overdue_announced BOOLEAN DEFAULT FALSE NOT NULL;
