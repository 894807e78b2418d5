-- Publishing and delivery (issue 10). A form goes DRAFT -> FROZEN -> PUBLISHED -> WITHDRAWN; publishing writes a
-- sealed snapshot (one canonical JSON document and its SHA-256) and the candidate payload of each named variant,
-- built once. Errata sit beside a snapshot, outside its hash. Exam centres are exam clients with a hashed secret;
-- sessions open a snapshot to one centre for a time window; attempts keep a candidate's responses as sent, and scores
-- are appended (one as published, one more per erratum applied), never overwritten. On PostgreSQL, triggers refuse
-- any change to sealed rows (SealedRows, a Java migration); on every database the bank checks a snapshot's hash
-- whenever it reads one. Portable SQL for H2 2.x and PostgreSQL.

ALTER TABLE test_form ADD COLUMN frozen_by VARCHAR(100);
ALTER TABLE test_form ADD COLUMN frozen_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE test_form ADD COLUMN published_by VARCHAR(100);
ALTER TABLE test_form ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE test_form ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE test_form ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE test_form ADD COLUMN withdrawal_reason VARCHAR(2000);
ALTER TABLE test_form ADD COLUMN lock_version BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX ix_test_form_status ON test_form (status, created_at);

CREATE TABLE form_snapshot (
    id           BIGINT PRIMARY KEY,
    form_id      BIGINT         NOT NULL UNIQUE REFERENCES test_form (id),
    form_code    VARCHAR(60)    NOT NULL UNIQUE,
    content_hash CHAR(64)       NOT NULL,
    content      VARCHAR(10000000) NOT NULL,
    published_by VARCHAR(100)   NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE form_variant (
    id           BIGINT PRIMARY KEY,
    snapshot_id  BIGINT         NOT NULL REFERENCES form_snapshot (id),
    name         VARCHAR(10)    NOT NULL,
    seed         BIGINT         NOT NULL,
    payload      VARCHAR(10000000) NOT NULL,
    payload_hash CHAR(64)       NOT NULL,
    CONSTRAINT uq_form_variant_name UNIQUE (snapshot_id, name)
);

CREATE TABLE erratum (
    id              BIGINT PRIMARY KEY,
    snapshot_id     BIGINT         NOT NULL REFERENCES form_snapshot (id),
    sequence_number INTEGER        NOT NULL,
    position        INTEGER        NOT NULL,
    answer          VARCHAR(100000) NOT NULL,
    reason          VARCHAR(2000)  NOT NULL,
    author          VARCHAR(100)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_erratum_sequence UNIQUE (snapshot_id, sequence_number)
);

CREATE TABLE exam_client (
    id                BIGINT PRIMARY KEY,
    client_id         VARCHAR(60)  NOT NULL UNIQUE,
    name              VARCHAR(200) NOT NULL,
    secret_hash       VARCHAR(200) NOT NULL,
    credential_number INTEGER      NOT NULL,
    revoked_by        VARCHAR(100),
    revoked_at        TIMESTAMP WITH TIME ZONE,
    created_by        VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version      BIGINT       NOT NULL
);

CREATE TABLE exam_session (
    id                  BIGINT PRIMARY KEY,
    snapshot_id         BIGINT       NOT NULL REFERENCES form_snapshot (id),
    exam_client_id      BIGINT       NOT NULL REFERENCES exam_client (id),
    name                VARCHAR(200) NOT NULL,
    opens_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    expected_candidates INTEGER      NOT NULL,
    mode                VARCHAR(20)  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version        BIGINT       NOT NULL
);
CREATE INDEX ix_exam_session_client ON exam_session (exam_client_id, closes_at);
CREATE INDEX ix_exam_session_snapshot ON exam_session (snapshot_id);

-- A variant of one candidate's own (asked for by the exam client before the candidate starts): its seed and payload,
-- built once from the session's snapshot, sealed like the named variants.
CREATE TABLE personal_variant (
    id           BIGINT PRIMARY KEY,
    session_id   BIGINT        NOT NULL REFERENCES exam_session (id),
    candidate    VARCHAR(100)  NOT NULL,
    name         VARCHAR(20)   NOT NULL,
    seed         BIGINT        NOT NULL,
    payload      VARCHAR(10000000) NOT NULL,
    payload_hash CHAR(64)      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_personal_variant_candidate UNIQUE (session_id, candidate),
    CONSTRAINT uq_personal_variant_name UNIQUE (session_id, name)
);

CREATE TABLE exam_attempt (
    id           BIGINT PRIMARY KEY,
    session_id   BIGINT        NOT NULL REFERENCES exam_session (id),
    attempt_key  VARCHAR(100)  NOT NULL,
    candidate    VARCHAR(100)  NOT NULL,
    variant_name VARCHAR(20)   NOT NULL,
    responses    VARCHAR(1000000) NOT NULL,
    request_hash CHAR(64)      NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_exam_attempt_key UNIQUE (session_id, attempt_key)
);

CREATE TABLE attempt_score (
    id             BIGINT PRIMARY KEY,
    attempt_id     BIGINT        NOT NULL REFERENCES exam_attempt (id),
    errata_applied INTEGER       NOT NULL,
    points         NUMERIC(14, 4) NOT NULL,
    maximum        NUMERIC(14, 4) NOT NULL,
    passed         BOOLEAN       NOT NULL,
    breakdown      VARCHAR(1000000) NOT NULL,
    scored_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_attempt_score_errata UNIQUE (attempt_id, errata_applied)
);

-- The key that signs exam clients' bearer tokens: one random secret per installation, made at the first start.
CREATE TABLE token_key (
    id         BIGINT PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
