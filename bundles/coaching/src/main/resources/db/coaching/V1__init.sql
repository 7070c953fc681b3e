-- Coaching: the pool of coaches (LPR), assignments to a municipality's coordinator, checklist, session log.
CREATE TABLE coaching_coach (
    id VARCHAR(36) PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    email VARCHAR(200) NOT NULL,
    capacity INTEGER NOT NULL,
    version INTEGER NOT NULL
);

-- regions (kind REGION) and topics (kind TOPIC) of a coach
CREATE TABLE coaching_coach_tag (
    coach_id VARCHAR(36) NOT NULL REFERENCES coaching_coach (id),
    kind VARCHAR(10) NOT NULL,
    position INTEGER NOT NULL,
    tag VARCHAR(100) NOT NULL,
    PRIMARY KEY (coach_id, kind, position)
);

CREATE TABLE coaching_assignment (
    id VARCHAR(36) PRIMARY KEY,
    municipality VARCHAR(8) NOT NULL,
    coach_id VARCHAR(36) NOT NULL REFERENCES coaching_coach (id),
    coordinator VARCHAR(200) NOT NULL,
    started_on DATE NOT NULL,
    ended_on DATE,
    version INTEGER NOT NULL
);
CREATE INDEX coaching_assignment_municipality ON coaching_assignment (municipality);
CREATE INDEX coaching_assignment_coach ON coaching_assignment (coach_id);

CREATE TABLE coaching_checklist (
    assignment_id VARCHAR(36) NOT NULL REFERENCES coaching_assignment (id),
    success_condition VARCHAR(30) NOT NULL,
    met_on DATE NOT NULL,
    PRIMARY KEY (assignment_id, success_condition)
);

CREATE TABLE coaching_session (
    id VARCHAR(36) PRIMARY KEY,
    assignment_id VARCHAR(36) NOT NULL REFERENCES coaching_assignment (id),
    municipality VARCHAR(8) NOT NULL,
    held_on DATE NOT NULL,
    next_steps VARCHAR(4000),
    open_points VARCHAR(4000)
);
CREATE INDEX coaching_session_assignment ON coaching_session (assignment_id);

CREATE TABLE coaching_session_topic (
    session_id VARCHAR(36) NOT NULL REFERENCES coaching_session (id),
    position INTEGER NOT NULL,
    topic VARCHAR(200) NOT NULL,
    PRIMARY KEY (session_id, position)
);
