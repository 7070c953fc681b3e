-- Citizens' reports of incivilities (Bürgermeldungen): no name or address of the citizen is stored.
CREATE TABLE citizenreports_report (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    municipality VARCHAR(8)   NOT NULL,
    category     VARCHAR(30)  NOT NULL,
    place        VARCHAR(200),
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    reported_on  DATE         NOT NULL,
    description  VARCHAR(2000),
    status       VARCHAR(20)  NOT NULL,
    version      INTEGER      NOT NULL
);
CREATE INDEX citizenreports_report_municipality ON citizenreports_report (municipality, reported_on);
