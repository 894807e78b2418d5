-- Qualification framework and accounts. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
CREATE SEQUENCE bank_id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE qualification (
    id                         BIGINT PRIMARY KEY,
    code                       VARCHAR(40)  NOT NULL UNIQUE,
    name                       VARCHAR(500) NOT NULL,
    kind                       VARCHAR(200),
    prk_level                  INTEGER      NOT NULL,
    sectoral_level             VARCHAR(500),
    document_name              VARCHAR(200),
    certificate_validity       VARCHAR(4000),
    certificate_validity_years INTEGER,
    review_period              VARCHAR(500),
    legal_basis                VARCHAR(1000),
    summary                    VARCHAR(8000),
    source_file                VARCHAR(200),
    imported_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                    BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE outcome_set (
    id               BIGINT PRIMARY KEY,
    qualification_id BIGINT        NOT NULL REFERENCES qualification (id),
    code             VARCHAR(40)   NOT NULL,
    title            VARCHAR(1000) NOT NULL,
    sort_order       INTEGER       NOT NULL,
    CONSTRAINT uq_outcome_set_code UNIQUE (qualification_id, code)
);

CREATE TABLE learning_outcome (
    id             BIGINT PRIMARY KEY,
    outcome_set_id BIGINT        NOT NULL REFERENCES outcome_set (id),
    code           VARCHAR(40)   NOT NULL,
    title          VARCHAR(1000) NOT NULL,
    sort_order     INTEGER       NOT NULL,
    CONSTRAINT uq_learning_outcome_code UNIQUE (outcome_set_id, code)
);

CREATE TABLE criterion (
    id                  BIGINT PRIMARY KEY,
    learning_outcome_id BIGINT        NOT NULL REFERENCES learning_outcome (id),
    code                VARCHAR(40)   NOT NULL,
    text                VARCHAR(2000) NOT NULL,
    sort_order          INTEGER       NOT NULL,
    CONSTRAINT uq_criterion_code UNIQUE (learning_outcome_id, code)
);

CREATE TABLE bank_user (
    id            BIGINT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE bank_user_role (
    user_id   BIGINT      NOT NULL REFERENCES bank_user (id),
    role_name VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role_name)
);
