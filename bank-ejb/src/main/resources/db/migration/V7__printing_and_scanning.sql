-- Paper tests (issue 11): print jobs of a session or a form, their copies (each with its own stored seed, written
-- before anything is printed), the files a job made with their SHA-256, scanned answer-sheet pages with the
-- darkness of every bubble (so thresholds can be retuned without rescanning) and the commission's decisions.

CREATE TABLE print_job (
    id            BIGINT PRIMARY KEY,
    snapshot_id   BIGINT        NOT NULL REFERENCES form_snapshot (id),
    session_id    BIGINT        REFERENCES exam_session (id),
    variant_name  VARCHAR(20),
    copies        INTEGER       NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    done          INTEGER       NOT NULL,
    problem       VARCHAR(2000),
    requested_by  VARCHAR(100)  NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    lock_version  BIGINT        NOT NULL
);
CREATE INDEX ix_print_job_session ON print_job (session_id);

CREATE TABLE print_copy (
    id                  BIGINT PRIMARY KEY,
    job_id              BIGINT        NOT NULL REFERENCES print_job (id),
    number              INTEGER       NOT NULL,
    slot                VARCHAR(100)  NOT NULL,
    variant_name        VARCHAR(20)   NOT NULL,
    seed                BIGINT        NOT NULL,
    personal_variant_id BIGINT        REFERENCES personal_variant (id),
    sheet_pages         INTEGER,
    booklet_sha256      CHAR(64),
    sheet_sha256        CHAR(64),
    key_sha256          CHAR(64),
    candidate_id_read   VARCHAR(20),
    attempt_id          BIGINT        REFERENCES exam_attempt (id),
    CONSTRAINT uq_print_copy_number UNIQUE (job_id, number)
);

CREATE TABLE print_file (
    id           BIGINT PRIMARY KEY,
    job_id       BIGINT        NOT NULL REFERENCES print_job (id),
    kind         VARCHAR(20)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size         BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    content      ${blob}       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_print_file_kind UNIQUE (job_id, kind)
);

CREATE TABLE scanned_page (
    id            BIGINT PRIMARY KEY,
    copy_id       BIGINT        REFERENCES print_copy (id),
    page_number   INTEGER,
    status        VARCHAR(20)   NOT NULL,
    qr_text       VARCHAR(200),
    problem       VARCHAR(500),
    source        VARCHAR(200)  NOT NULL,
    image_sha256  CHAR(64)      NOT NULL,
    width         INTEGER       NOT NULL,
    height        INTEGER       NOT NULL,
    homography    VARCHAR(1000),
    darkness      VARCHAR(100000),
    upside_down   BOOLEAN       NOT NULL,
    current_scan  BOOLEAN       NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_scanned_page_copy ON scanned_page (copy_id, page_number);
CREATE INDEX ix_scanned_page_uploaded ON scanned_page (uploaded_at);

-- The page's image as uploaded (or a PDF or TIFF page as a grey PNG), apart, so that lists of pages never load it.
CREATE TABLE scanned_image (
    page_id BIGINT PRIMARY KEY REFERENCES scanned_page (id),
    content ${blob} NOT NULL
);

CREATE TABLE scan_decision (
    id            BIGINT PRIMARY KEY,
    page_id       BIGINT        NOT NULL REFERENCES scanned_page (id),
    bubble        INTEGER,
    form_position INTEGER,
    mark          VARCHAR(20),
    answer_text   VARCHAR(1000),
    decided_by    VARCHAR(100)  NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_scan_decision_page ON scan_decision (page_id);
