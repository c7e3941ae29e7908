"""Tables of the PostgreSQL store (index/pg_store.py), created on first use.

kea_revision          one document as ingested and embedded, content-addressed: `key` is the sha256 of
                      everything stored for it, so a version that keeps a document reuses its rows
kea_page, kea_chunk,  the revision's pages, chunks (record, embedding and sentence vectors as float32
kea_measure,          bytes; the sparse vector as int32 indices, then float32 values), measures and funding
kea_funding           tags, in ingest order
kea_version           a published index version: its name (as a file build's) and manifest
kea_version_document  which revisions, in which order, make up a version
kea_current           the one published version (a single row); replicas poll it
kea_feedback          feedback on answers (service/feedback_pg.py): no personal data, see service/feedback.py
"""

from __future__ import annotations

# Any constant serves: it only has to be the same for every replica, so schema set-up and publishing take turns.
LOCK_KEY = 0x6B65_615F_6B65_6B

TABLES = """
CREATE TABLE IF NOT EXISTS kea_revision (
    id bigserial PRIMARY KEY,
    key text UNIQUE NOT NULL,
    document_id text NOT NULL,
    sha256 text NOT NULL,
    document jsonb NOT NULL,
    created timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS kea_page (
    revision_id bigint NOT NULL REFERENCES kea_revision (id) ON DELETE CASCADE,
    position integer NOT NULL,
    record jsonb NOT NULL,
    PRIMARY KEY (revision_id, position)
);
CREATE TABLE IF NOT EXISTS kea_chunk (
    revision_id bigint NOT NULL REFERENCES kea_revision (id) ON DELETE CASCADE,
    position integer NOT NULL,
    chunk_id text NOT NULL,
    record jsonb NOT NULL,
    embedding bytea NOT NULL,
    sentences bytea,
    PRIMARY KEY (revision_id, position)
);
CREATE TABLE IF NOT EXISTS kea_measure (
    revision_id bigint NOT NULL REFERENCES kea_revision (id) ON DELETE CASCADE,
    position integer NOT NULL,
    record jsonb NOT NULL,
    PRIMARY KEY (revision_id, position)
);
CREATE TABLE IF NOT EXISTS kea_funding (
    revision_id bigint NOT NULL REFERENCES kea_revision (id) ON DELETE CASCADE,
    position integer NOT NULL,
    record jsonb NOT NULL,
    PRIMARY KEY (revision_id, position)
);
CREATE TABLE IF NOT EXISTS kea_version (
    id bigserial PRIMARY KEY,
    name text UNIQUE NOT NULL,
    manifest jsonb NOT NULL,
    has_sentences boolean NOT NULL,
    created timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS kea_version_document (
    version_id bigint NOT NULL REFERENCES kea_version (id) ON DELETE CASCADE,
    position integer NOT NULL,
    revision_id bigint NOT NULL REFERENCES kea_revision (id),
    PRIMARY KEY (version_id, position)
);
CREATE TABLE IF NOT EXISTS kea_current (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version_id bigint NOT NULL REFERENCES kea_version (id)
);
-- Added with the sparse retrieval channel; a database from before gets the columns on first use. Only then: ALTER
-- TABLE takes an exclusive lock even when the column exists, and a replica setting up while another reads the
-- published version (kea_version, then kea_chunk) would deadlock with it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                   WHERE table_name = 'kea_chunk' AND column_name = 'sparse') THEN
        ALTER TABLE kea_chunk ADD COLUMN sparse bytea;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                   WHERE table_name = 'kea_version' AND column_name = 'sparse_dimension') THEN
        ALTER TABLE kea_version ADD COLUMN sparse_dimension integer NOT NULL DEFAULT 0;
    END IF;
END $$;
CREATE TABLE IF NOT EXISTS kea_feedback (
    id bigserial PRIMARY KEY,
    answer_id text NOT NULL,
    helpful boolean NOT NULL,
    comment text NOT NULL,
    day date NOT NULL
);
"""

CURRENT = """
SELECT v.id, v.name, v.manifest, v.has_sentences, v.sparse_dimension
FROM kea_current c JOIN kea_version v ON v.id = c.version_id
"""

# Rows of one kind for a version, documents in version order and rows in ingest order.
ROWS = """
SELECT {columns} FROM kea_version_document vd JOIN {table} t ON t.revision_id = vd.revision_id
WHERE vd.version_id = %s ORDER BY vd.position, t.position
"""

DOCUMENTS = """
SELECT r.document FROM kea_version_document vd JOIN kea_revision r ON r.id = vd.revision_id
WHERE vd.version_id = %s ORDER BY vd.position
"""

PUBLISH = """
INSERT INTO kea_current (singleton, version_id) VALUES (true, %s)
ON CONFLICT (singleton) DO UPDATE SET version_id = excluded.version_id
"""

# Keep the published version and the one before (as the file store keeps two builds), then drop what no
# version uses any more.
PRUNE_VERSIONS = """
DELETE FROM kea_version WHERE id NOT IN (SELECT id FROM kea_version ORDER BY id DESC LIMIT %s)
AND id <> (SELECT version_id FROM kea_current)
"""
PRUNE_REVISIONS = """
DELETE FROM kea_revision r WHERE NOT EXISTS (SELECT 1 FROM kea_version_document vd WHERE vd.revision_id = r.id)
"""
