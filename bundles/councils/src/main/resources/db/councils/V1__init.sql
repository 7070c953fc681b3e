-- Councils module: coordination offices and municipal prevention councils. Portable SQL (H2 in PostgreSQL mode, PostgreSQL 15).

CREATE TABLE councils_council (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    ags                 VARCHAR(8)   NOT NULL,
    district            VARCHAR(200) NOT NULL,
    name                VARCHAR(300) NOT NULL,
    scope               VARCHAR(20)  NOT NULL,
    status              VARCHAR(30)  NOT NULL,
    status_since        DATE         NOT NULL,
    chair               VARCHAR(200),
    deputy_chair        VARCHAR(200),
    meeting_frequency   VARCHAR(200),
    decision_rules      VARCHAR(2000),
    minutes_format      VARCHAR(2000),
    rules_adopted_on    DATE,
    created_at          TIMESTAMP    NOT NULL,
    version             INTEGER      NOT NULL
);
CREATE INDEX councils_council_ags ON councils_council (ags);
CREATE INDEX councils_council_status ON councils_council (status, district);

-- Partner municipalities of an inter-municipal council.
CREATE TABLE councils_council_partner (
    council_id  VARCHAR(36) NOT NULL REFERENCES councils_council (id),
    ags         VARCHAR(8)  NOT NULL,
    PRIMARY KEY (council_id, ags)
);
CREATE INDEX councils_council_partner_ags ON councils_council_partner (ags);

-- A municipality belongs to at most one local (municipal or inter-municipal) council; the key makes
-- that hold under concurrency (two SIGNED events at once create one council).
CREATE TABLE councils_local_claim (
    ags         VARCHAR(8)  NOT NULL PRIMARY KEY,
    council_id  VARCHAR(36) NOT NULL REFERENCES councils_council (id)
);

-- Every status a council entered, with its date: "constituted or reactivated per year" is counted here.
CREATE TABLE councils_status_history (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    council_id   VARCHAR(36)  NOT NULL REFERENCES councils_council (id),
    status       VARCHAR(30)  NOT NULL,
    changed_on   DATE         NOT NULL,
    recorded_at  TIMESTAMP    NOT NULL,
    user_name    VARCHAR(200),
    note         VARCHAR(1000)
);
CREATE INDEX councils_status_history_council ON councils_status_history (council_id, changed_on);
CREATE INDEX councils_status_history_status ON councils_status_history (status, changed_on);

CREATE TABLE councils_office (
    council_id      VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES councils_council (id),
    planned_on      DATE,
    set_up_on       DATE,
    hours_per_week  NUMERIC(5,2),
    version         INTEGER      NOT NULL
);

CREATE TABLE councils_office_staff (
    council_id  VARCHAR(36)  NOT NULL REFERENCES councils_office (council_id),
    position    INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    function    VARCHAR(200),
    contact     VARCHAR(300),
    PRIMARY KEY (council_id, position)
);

CREATE TABLE councils_member (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    council_id    VARCHAR(36)  NOT NULL REFERENCES councils_council (id),
    name          VARCHAR(200) NOT NULL,
    organisation  VARCHAR(300),
    function      VARCHAR(200),
    sector        VARCHAR(30)  NOT NULL,
    voting        BOOLEAN      NOT NULL,
    steering      BOOLEAN      NOT NULL,
    member_since  DATE         NOT NULL,
    member_until  DATE,
    version       INTEGER      NOT NULL
);
CREATE INDEX councils_member_council ON councils_member (council_id, member_since);
CREATE INDEX councils_member_sector ON councils_member (sector);

-- Action fields (Handlungsfelder): a list the LPR extends; seeded with those Saxon councils use.
CREATE TABLE councils_action_field (
    code   VARCHAR(60)  NOT NULL PRIMARY KEY,
    title  VARCHAR(200) NOT NULL
);
INSERT INTO councils_action_field (code, title) VALUES ('AGGRESSION_VIOLENCE', 'Aggression und Gewalt');
INSERT INTO councils_action_field (code, title) VALUES ('ADDICTION_MENTAL_HEALTH', 'Sucht und psychische Gesundheit');
INSERT INTO councils_action_field (code, title) VALUES ('PROPERTY_VANDALISM_TRAFFIC', 'Eigentumskriminalität, Vandalismus und Verkehr');
INSERT INTO councils_action_field (code, title) VALUES ('HOSTILITY_TO_DEMOCRACY', 'Demokratiefeindlichkeit');
INSERT INTO councils_action_field (code, title) VALUES ('CHILDREN_YOUTH', 'Kinder und Jugendliche');
INSERT INTO councils_action_field (code, title) VALUES ('CITIZEN_PARTICIPATION', 'Bürgerbeteiligung');
INSERT INTO councils_action_field (code, title) VALUES ('SENIOR_SAFETY', 'Sicherheit im Alter');
INSERT INTO councils_action_field (code, title) VALUES ('PUBLIC_SPACE', 'Öffentlicher Raum');

CREATE TABLE councils_working_group (
    id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
    council_id             VARCHAR(36)   NOT NULL REFERENCES councils_council (id),
    name                   VARCHAR(200)  NOT NULL,
    mandate                VARCHAR(2000),
    situation_description  VARCHAR(8000),
    recommendations        VARCHAR(8000),
    measurable_goals       VARCHAR(8000),
    created_on             DATE          NOT NULL,
    version                INTEGER       NOT NULL
);
CREATE INDEX councils_working_group_council ON councils_working_group (council_id);

CREATE TABLE councils_working_group_field (
    group_id  VARCHAR(36) NOT NULL REFERENCES councils_working_group (id),
    code      VARCHAR(60) NOT NULL REFERENCES councils_action_field (code),
    PRIMARY KEY (group_id, code)
);

CREATE TABLE councils_working_group_member (
    group_id   VARCHAR(36) NOT NULL REFERENCES councils_working_group (id),
    member_id  VARCHAR(36) NOT NULL REFERENCES councils_member (id),
    PRIMARY KEY (group_id, member_id)
);

CREATE TABLE councils_meeting (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    council_id  VARCHAR(36)  NOT NULL REFERENCES councils_council (id),
    held_on     DATE         NOT NULL,
    title       VARCHAR(300) NOT NULL,
    location    VARCHAR(300),
    version     INTEGER      NOT NULL
);
CREATE INDEX councils_meeting_council ON councils_meeting (council_id, held_on);

CREATE TABLE councils_agenda_item (
    meeting_id  VARCHAR(36)   NOT NULL REFERENCES councils_meeting (id),
    position    INTEGER       NOT NULL,
    title       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE councils_attendance (
    meeting_id  VARCHAR(36) NOT NULL REFERENCES councils_meeting (id),
    member_id   VARCHAR(36) NOT NULL REFERENCES councils_member (id),
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE councils_decision (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    meeting_id  VARCHAR(36)   NOT NULL REFERENCES councils_meeting (id),
    position    INTEGER       NOT NULL,
    text        VARCHAR(4000) NOT NULL
);
CREATE INDEX councils_decision_meeting ON councils_decision (meeting_id, position);

CREATE TABLE councils_vote (
    decision_id  VARCHAR(36) NOT NULL REFERENCES councils_decision (id),
    member_id    VARCHAR(36) NOT NULL REFERENCES councils_member (id),
    choice       VARCHAR(10) NOT NULL,
    PRIMARY KEY (decision_id, member_id)
);

CREATE TABLE councils_task (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    council_id  VARCHAR(36)   NOT NULL REFERENCES councils_council (id),
    meeting_id  VARCHAR(36)   REFERENCES councils_meeting (id),
    title       VARCHAR(1000) NOT NULL,
    owner       VARCHAR(200)  NOT NULL,
    due_on      DATE          NOT NULL,
    done_on     DATE,
    version     INTEGER       NOT NULL
);
CREATE INDEX councils_task_council ON councils_task (council_id, due_on);
CREATE INDEX councils_task_open ON councils_task (done_on, due_on);
