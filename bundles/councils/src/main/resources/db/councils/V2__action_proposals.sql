-- Action fields proposed to a municipality's council by another module (the safety analysis publishes its top
-- problems): a projection of that module's event, replaced when the same source publishes again.
CREATE TABLE councils_action_proposal (
    id           VARCHAR(36)  PRIMARY KEY,
    municipality VARCHAR(8)   NOT NULL,
    title        VARCHAR(200) NOT NULL,
    problem      VARCHAR(60),
    rank_no      INT          NOT NULL,
    source       VARCHAR(40)  NOT NULL,
    source_id    VARCHAR(36)  NOT NULL,
    proposed_on  DATE         NOT NULL
);
CREATE INDEX councils_action_proposal_municipality ON councils_action_proposal (municipality, proposed_on);
CREATE INDEX councils_action_proposal_source ON councils_action_proposal (source, source_id);
