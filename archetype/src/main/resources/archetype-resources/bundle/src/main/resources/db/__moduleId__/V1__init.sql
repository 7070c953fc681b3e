-- ${moduleTitle}: the plugin owns its tables, all prefixed with its module id.
CREATE TABLE ${moduleId}_measure (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    municipality VARCHAR(8)   NOT NULL,
    title        VARCHAR(200) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    version      INTEGER      NOT NULL
);
CREATE INDEX ${moduleId}_measure_municipality ON ${moduleId}_measure (municipality, status);
