-- Agreements module: cooperation agreements, purpose agreements, consultations.
CREATE TABLE agreements_agreement (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    municipality VARCHAR(8)   NOT NULL,
    subject      VARCHAR(500) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    signed_on    DATE,
    signed_at    VARCHAR(200),
    valid_from   DATE,
    valid_until  DATE,
    created_at   TIMESTAMP    NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    version      INTEGER      NOT NULL
);
CREATE INDEX agreements_agreement_municipality ON agreements_agreement (municipality);
CREATE INDEX agreements_agreement_status ON agreements_agreement (status, signed_on);

-- Ordered text lists of any owner: goals, measures, topics, participants, follow-ups, tasks.
CREATE TABLE agreements_text (
    owner_id     VARCHAR(36)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    position     INTEGER      NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (owner_id, kind, position)
);

CREATE TABLE agreements_party (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    agreement_id VARCHAR(36)  NOT NULL REFERENCES agreements_agreement (id),
    position     INTEGER      NOT NULL,
    organisation VARCHAR(300) NOT NULL,
    type         VARCHAR(20)  NOT NULL,
    municipality VARCHAR(8)
);
CREATE INDEX agreements_party_agreement ON agreements_party (agreement_id);
CREATE INDEX agreements_party_type ON agreements_party (type, agreement_id);

CREATE TABLE agreements_signatory (
    party_id     VARCHAR(36)  NOT NULL REFERENCES agreements_party (id),
    position     INTEGER      NOT NULL,
    name         VARCHAR(200) NOT NULL,
    function     VARCHAR(200) NOT NULL,
    PRIMARY KEY (party_id, position)
);

CREATE TABLE agreements_status_history (
    agreement_id VARCHAR(36)  NOT NULL REFERENCES agreements_agreement (id),
    position     INTEGER      NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    changed_on   DATE         NOT NULL,
    changed_by   VARCHAR(200) NOT NULL,
    PRIMARY KEY (agreement_id, position)
);

CREATE TABLE agreements_milestone (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    agreement_id VARCHAR(36)  NOT NULL REFERENCES agreements_agreement (id),
    type         VARCHAR(40)  NOT NULL,
    reached_on   DATE         NOT NULL,
    note         VARCHAR(2000)
);

CREATE TABLE agreements_amendment (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    agreement_id VARCHAR(36)  NOT NULL REFERENCES agreements_agreement (id),
    amended_on   DATE         NOT NULL,
    description  VARCHAR(4000) NOT NULL,
    recorded_at  TIMESTAMP    NOT NULL,
    recorded_by  VARCHAR(200) NOT NULL
);

CREATE TABLE agreements_document (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    agreement_id VARCHAR(36)  NOT NULL REFERENCES agreements_agreement (id),
    filename     VARCHAR(255) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL,
    uploaded_by  VARCHAR(200) NOT NULL
);
CREATE INDEX agreements_document_agreement ON agreements_document (agreement_id);

CREATE TABLE agreements_purpose (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    lead         VARCHAR(8)   NOT NULL,
    purpose      VARCHAR(1000) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    start_date   DATE,
    notice_months INTEGER,
    cancelled_on DATE,
    cost_sharing_note VARCHAR(2000),
    created_at   TIMESTAMP    NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    version      INTEGER      NOT NULL
);
CREATE INDEX agreements_purpose_lead ON agreements_purpose (lead);

CREATE TABLE agreements_purpose_partner (
    purpose_id   VARCHAR(36)  NOT NULL REFERENCES agreements_purpose (id),
    ags          VARCHAR(8)   NOT NULL,
    PRIMARY KEY (purpose_id, ags)
);
CREATE INDEX agreements_purpose_partner_ags ON agreements_purpose_partner (ags);

CREATE TABLE agreements_consultation (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    municipality VARCHAR(8)   NOT NULL,
    held_on      DATE         NOT NULL,
    outcome      VARCHAR(4000),
    created_at   TIMESTAMP    NOT NULL,
    created_by   VARCHAR(200) NOT NULL
);
CREATE INDEX agreements_consultation_municipality ON agreements_consultation (municipality, held_on);
