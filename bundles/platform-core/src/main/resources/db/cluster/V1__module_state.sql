-- The cluster's module state (docs/decisions/0003-module-store.md): the desired state every node converges to,
-- each node's report and its last store operations, the features repositories every node offers. Portable SQL: H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE platform_cluster_revision (
    id           INTEGER      NOT NULL PRIMARY KEY,
    revision     BIGINT       NOT NULL
);

CREATE TABLE platform_cluster_module (
    feature      VARCHAR(200) NOT NULL,
    node_group   VARCHAR(64)  NOT NULL,
    version      VARCHAR(64),
    wanted       BOOLEAN      NOT NULL,
    revision     BIGINT       NOT NULL,
    changed_at   TIMESTAMP    NOT NULL,
    changed_by   VARCHAR(200) NOT NULL,
    PRIMARY KEY (feature, node_group)
);

CREATE TABLE platform_cluster_node (
    node_id          VARCHAR(300) NOT NULL PRIMARY KEY,
    node_group       VARCHAR(64)  NOT NULL,
    applied_revision BIGINT       NOT NULL,
    converged        BOOLEAN      NOT NULL,
    installed        VARCHAR      NOT NULL,
    pending          VARCHAR      NOT NULL,
    reported_at      TIMESTAMP    NOT NULL
);

CREATE TABLE platform_cluster_operation (
    feature      VARCHAR(200) NOT NULL,
    node_id      VARCHAR(300) NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    message      VARCHAR,
    at           TIMESTAMP    NOT NULL,
    PRIMARY KEY (feature, node_id)
);

CREATE TABLE platform_cluster_repository (
    uri          VARCHAR(1000) NOT NULL PRIMARY KEY,
    added_at     TIMESTAMP     NOT NULL,
    added_by     VARCHAR(200)  NOT NULL
);
