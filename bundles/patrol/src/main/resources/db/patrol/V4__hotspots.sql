-- Citizens' reports (any module's Report/CREATED event) clustered into hotspot places of a compound.
-- One row per report and compound; the report's id from the event keeps a redelivered event from counting twice.
CREATE TABLE patrol_hotspot_report (
    report_id VARCHAR(36) NOT NULL,
    compound_id VARCHAR(36) NOT NULL REFERENCES patrol_compound (id),
    place_id VARCHAR(36) NOT NULL REFERENCES patrol_place (id),
    topic VARCHAR(200) NOT NULL,
    ags VARCHAR(8) NOT NULL,
    category VARCHAR(60) NOT NULL,
    place_text VARCHAR(200),
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    reported_on DATE NOT NULL,
    received_at TIMESTAMP NOT NULL,
    PRIMARY KEY (report_id, compound_id)
);
CREATE INDEX patrol_hotspot_report_place ON patrol_hotspot_report (compound_id, place_id, reported_on);
