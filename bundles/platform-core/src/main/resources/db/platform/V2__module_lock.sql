-- The LPR's locks: a module stays on (enabled = TRUE) or off for a municipality; the municipality may not switch it.
CREATE TABLE platform_module_lock (
    module_id    VARCHAR(64)  NOT NULL,
    ags          VARCHAR(8)   NOT NULL REFERENCES platform_municipality (ags),
    enabled      BOOLEAN      NOT NULL,
    locked_at    TIMESTAMP    NOT NULL,
    locked_by    VARCHAR(200) NOT NULL,
    PRIMARY KEY (module_id, ags)
);
