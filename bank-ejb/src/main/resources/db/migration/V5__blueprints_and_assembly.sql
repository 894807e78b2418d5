-- Blueprints (versioned like items: an edit writes a new immutable version), assembly runs, and form drafts that
-- record the blueprint version and run they came from. A blueprint version's rules are one JSON document (its shape
-- is BlueprintRules, read through one converter); a run keeps what it found as JSON too: progress, forms, check.
-- Portable SQL for H2 2.x and PostgreSQL.

CREATE TABLE blueprint (
    id                BIGINT PRIMARY KEY,
    -- Nullable as item.qualification_id is: EclipseLink inserts a cycle's foreign keys as null first.
    qualification_id  BIGINT       REFERENCES qualification (id),
    name              VARCHAR(200) NOT NULL,
    latest_version_id BIGINT,
    created_by        VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version      BIGINT       NOT NULL
);

CREATE TABLE blueprint_version (
    id             BIGINT PRIMARY KEY,
    blueprint_id   BIGINT         NOT NULL REFERENCES blueprint (id),
    version_number INTEGER        NOT NULL,
    name           VARCHAR(200)   NOT NULL,
    rules          VARCHAR(100000) NOT NULL,
    author         VARCHAR(100)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_blueprint_version_number UNIQUE (blueprint_id, version_number)
);
ALTER TABLE blueprint ADD CONSTRAINT fk_blueprint_latest_version
    FOREIGN KEY (latest_version_id) REFERENCES blueprint_version (id);

CREATE TABLE assembly_run (
    id                   BIGINT PRIMARY KEY,
    blueprint_version_id BIGINT        NOT NULL REFERENCES blueprint_version (id),
    status               VARCHAR(20)   NOT NULL,
    requested_by         VARCHAR(100)  NOT NULL,
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at          TIMESTAMP WITH TIME ZONE,
    time_limit_seconds   INTEGER       NOT NULL,
    pool_size            INTEGER,
    objective            BIGINT,
    bound                BIGINT,
    gap                  DOUBLE PRECISION,
    millis_to_first      BIGINT,
    millis_total         BIGINT,
    locks                VARCHAR(100000),
    progress             VARCHAR(100000),
    forms                VARCHAR(1000000),
    violations           VARCHAR(100000),
    diagnosis            VARCHAR(100000),
    message              VARCHAR(2000),
    accepted_by          VARCHAR(100),
    accepted_at          TIMESTAMP WITH TIME ZONE,
    lock_version         BIGINT        NOT NULL
);
CREATE INDEX ix_assembly_run_blueprint_version ON assembly_run (blueprint_version_id, requested_at);
CREATE INDEX ix_assembly_run_status ON assembly_run (status);

-- Form drafts: from an accepted run (its number among the run's forms) or, later, put together by hand.
ALTER TABLE test_form ADD COLUMN status VARCHAR(20);
UPDATE test_form SET status = 'DRAFT';
ALTER TABLE test_form ALTER COLUMN status SET NOT NULL;
ALTER TABLE test_form ADD COLUMN blueprint_version_id BIGINT REFERENCES blueprint_version (id);
ALTER TABLE test_form ADD COLUMN run_id BIGINT REFERENCES assembly_run (id);
ALTER TABLE test_form ADD COLUMN form_number INTEGER;
ALTER TABLE test_form ADD COLUMN designer VARCHAR(100);
CREATE INDEX ix_test_form_run ON test_form (run_id);
