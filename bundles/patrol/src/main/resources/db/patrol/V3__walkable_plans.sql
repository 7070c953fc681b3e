-- Issue 24: plans an officer can walk. Officers move on foot, by bicycle or by car and act only where they have
-- authority; places may need two officers; shifts have their statutory break, visits their stay and reasons.
ALTER TABLE patrol_officer ADD COLUMN travel_mode VARCHAR(10) DEFAULT 'CAR' NOT NULL;

CREATE TABLE patrol_officer_authority (
    officer_id VARCHAR(36) NOT NULL REFERENCES patrol_officer (id),
    seq INTEGER NOT NULL,
    ags VARCHAR(8) NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE,
    basis VARCHAR(30) NOT NULL,
    reference VARCHAR(200),
    PRIMARY KEY (officer_id, seq)
);

ALTER TABLE patrol_place ADD COLUMN required_officers INTEGER DEFAULT 1 NOT NULL;

ALTER TABLE patrol_plan ADD COLUMN utilisation NUMERIC(5,2);
ALTER TABLE patrol_plan ADD COLUMN duplicated_routes INTEGER;

ALTER TABLE patrol_shift ADD COLUMN partner_officer_id VARCHAR(36);
ALTER TABLE patrol_shift ADD COLUMN break_minutes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE patrol_shift ADD COLUMN break_at_minute INTEGER DEFAULT 0 NOT NULL;

ALTER TABLE patrol_shift_visit ADD COLUMN stay_minutes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE patrol_shift_visit ADD COLUMN reasons VARCHAR(200);
