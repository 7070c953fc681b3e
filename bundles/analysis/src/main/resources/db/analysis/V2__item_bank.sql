-- Item bank versions the LPR published (the shipped version 2026-1 lives in the code). A survey keeps the version
-- it was created with (analysis_survey.item_bank), so a new version never changes a running survey.
CREATE TABLE analysis_item_bank (
    id VARCHAR(36) PRIMARY KEY,
    version VARCHAR(20) NOT NULL UNIQUE,
    bank_year INTEGER NOT NULL,
    bank_number INTEGER NOT NULL,
    published_at TIMESTAMP NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    note VARCHAR(2000),
    UNIQUE (bank_year, bank_number)
);

CREATE TABLE analysis_item (
    bank_id VARCHAR(36) NOT NULL REFERENCES analysis_item_bank (id),
    position INTEGER NOT NULL,
    item_key VARCHAR(40) NOT NULL,
    item_group VARCHAR(80) NOT NULL,
    item_text VARCHAR(400) NOT NULL,
    in_index BOOLEAN NOT NULL,
    PRIMARY KEY (bank_id, item_key)
);
