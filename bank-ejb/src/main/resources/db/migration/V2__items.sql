-- Items with immutable versions, their lifecycle log, review comments, audit trail, and the form tables that will
-- pin exact item versions (filled by the assembly and publishing issues). Portable SQL for H2 2.x and PostgreSQL.

CREATE TABLE item (
    id                  BIGINT PRIMARY KEY,
    qualification_id    BIGINT       REFERENCES qualification (id),
    reference           VARCHAR(40)  NOT NULL UNIQUE,
    status              VARCHAR(20)  NOT NULL,
    latest_version_id   BIGINT,
    approved_version_id BIGINT,
    family              VARCHAR(100),
    item_type           VARCHAR(30)  NOT NULL,
    difficulty          VARCHAR(20),
    author              VARCHAR(100) NOT NULL,
    stem_text           VARCHAR(400) NOT NULL,
    search_text         VARCHAR(20000) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_reason      VARCHAR(2000),
    lock_version        BIGINT       NOT NULL
);
CREATE INDEX ix_item_qualification_status ON item (qualification_id, status);
CREATE INDEX ix_item_updated ON item (updated_at);
CREATE INDEX ix_item_author ON item (author);
CREATE INDEX ix_item_family ON item (family);

CREATE TABLE item_version (
    id                  BIGINT PRIMARY KEY,
    item_id             BIGINT        NOT NULL REFERENCES item (id),
    version_number      INTEGER       NOT NULL,
    item_type           VARCHAR(30)   NOT NULL,
    stem                VARCHAR(20000) NOT NULL,
    answer              VARCHAR(20000) NOT NULL,
    rationale           VARCHAR(8000),
    difficulty          VARCHAR(20),
    difficulty_estimate DOUBLE PRECISION,
    cognitive_level     VARCHAR(20),
    keywords            VARCHAR(2000),
    source              VARCHAR(1000),
    language            VARCHAR(10)   NOT NULL,
    author              VARCHAR(100)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_item_version_number UNIQUE (item_id, version_number)
);
ALTER TABLE item ADD CONSTRAINT fk_item_latest_version FOREIGN KEY (latest_version_id) REFERENCES item_version (id);
ALTER TABLE item ADD CONSTRAINT fk_item_approved_version FOREIGN KEY (approved_version_id) REFERENCES item_version (id);

CREATE TABLE item_version_criterion (
    version_id   BIGINT NOT NULL REFERENCES item_version (id),
    criterion_id BIGINT NOT NULL REFERENCES criterion (id),
    PRIMARY KEY (version_id, criterion_id)
);
CREATE INDEX ix_item_version_criterion_criterion ON item_version_criterion (criterion_id);

CREATE TABLE item_enemy (
    item_id  BIGINT NOT NULL REFERENCES item (id),
    enemy_id BIGINT NOT NULL REFERENCES item (id),
    PRIMARY KEY (item_id, enemy_id)
);

CREATE TABLE item_transition (
    id             BIGINT PRIMARY KEY,
    item_id        BIGINT       NOT NULL REFERENCES item (id),
    version_number INTEGER      NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20)  NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR(4000)
);
CREATE INDEX ix_item_transition_item ON item_transition (item_id);

CREATE TABLE review_comment (
    id         BIGINT PRIMARY KEY,
    version_id BIGINT       NOT NULL REFERENCES item_version (id),
    parent_id  BIGINT REFERENCES review_comment (id),
    author     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    text       VARCHAR(8000) NOT NULL
);
CREATE INDEX ix_review_comment_version ON review_comment (version_id);

CREATE TABLE audit_entry (
    id             BIGINT PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    item_id        BIGINT,
    version_number INTEGER,
    before_value   VARCHAR(4000),
    after_value    VARCHAR(4000)
);
CREATE INDEX ix_audit_entry_item ON audit_entry (item_id);

CREATE TABLE item_image (
    id           BIGINT PRIMARY KEY,
    content_type VARCHAR(50)  NOT NULL,
    content      ${blob}       NOT NULL,
    size_bytes   INTEGER      NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE test_form (
    id         BIGINT PRIMARY KEY,
    code       VARCHAR(60)  NOT NULL UNIQUE,
    title      VARCHAR(500) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE test_form_item (
    form_id         BIGINT  NOT NULL REFERENCES test_form (id),
    item_version_id BIGINT  NOT NULL REFERENCES item_version (id),
    slot            INTEGER NOT NULL,
    PRIMARY KEY (form_id, slot)
);
CREATE INDEX ix_test_form_item_version ON test_form_item (item_version_id);

-- Full-text search: the folded words of each item's latest version (stem and answer texts). A query word matches
-- as a prefix through the (word, item_id) key, so search stays an index range scan however large the bank grows.
CREATE TABLE item_word (
    word    VARCHAR(100) NOT NULL,
    item_id BIGINT       NOT NULL REFERENCES item (id),
    PRIMARY KEY (word, item_id)
);
CREATE INDEX ix_item_word_item ON item_word (item_id);
-- PostgreSQL serves LIKE 'prefix%' from a b-tree only with the pattern operator class (${pattern_ops}); H2 needs none.
CREATE INDEX ix_item_word_prefix ON item_word (word ${pattern_ops}, item_id);

-- Lists are sorted by recency within a qualification, and filtered by the latest version's criteria.
CREATE INDEX ix_item_qualification_updated ON item (qualification_id, updated_at, id);
CREATE INDEX ix_item_qualification_reference ON item (qualification_id, reference);
CREATE INDEX ix_item_latest_version ON item (latest_version_id);
CREATE INDEX ix_item_approved_version ON item (approved_version_id);
