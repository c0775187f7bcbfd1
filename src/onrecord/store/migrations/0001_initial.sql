-- onrecord record store, first schema. See docs/schema.md for every column.

CREATE TABLE articles (
    id          TEXT PRIMARY KEY,            -- content hash of the text (model.article_id_for)
    path_or_url TEXT,
    title       TEXT,
    published   TEXT,                        -- YYYY-MM-DD or NULL
    outlet      TEXT,
    problems    TEXT NOT NULL DEFAULT '[]',  -- JSON [{"code","message"}]
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE speakers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                      -- display name, as first seen
    type TEXT NOT NULL,                      -- person | organization | group | unknown
    key  TEXT NOT NULL,                      -- normalised name (speaker_identity.speaker_key)
    UNIQUE (type, key)
);

CREATE TABLE speaker_aliases (
    alias      TEXT NOT NULL,                -- normalised form this speaker answers to
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    PRIMARY KEY (alias, speaker_id)
) WITHOUT ROWID;
CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_id);

CREATE TABLE venues (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    key  TEXT NOT NULL,
    UNIQUE (type, key)
);

CREATE TABLE statements (
    seq               INTEGER PRIMARY KEY,   -- stable integer rowid, used by the FTS index
    id                TEXT NOT NULL UNIQUE,  -- Statement.id
    article_id        TEXT NOT NULL REFERENCES articles(id),
    position          INTEGER NOT NULL,      -- order within the article
    kind              TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    text              TEXT NOT NULL,
    content           TEXT NOT NULL,         -- JSON [{"start","end","text"}]
    cue               TEXT,                  -- JSON {"start","end","text"} or NULL
    source            TEXT,                  -- JSON {"start","end","text"} or NULL
    speaker_id        INTEGER REFERENCES speakers(id),
    speaker_name      TEXT,                  -- the name as resolved in this article
    speaker_type      TEXT,
    venue_id          INTEGER REFERENCES venues(id),
    recipient         TEXT,
    said_on           TEXT,                  -- YYYY-MM-DD | YYYY-MM | YYYY
    said_on_text      TEXT,
    about             TEXT NOT NULL DEFAULT '[]',  -- JSON list of strings
    confidence        REAL NOT NULL,
    extractor_version TEXT NOT NULL,
    published         TEXT                   -- copy of articles.published, for date filters
);
CREATE INDEX statements_article ON statements(article_id, position);
CREATE INDEX statements_speaker ON statements(speaker_id, published);
CREATE INDEX statements_venue ON statements(venue_id);
CREATE INDEX statements_published ON statements(published);

CREATE VIRTUAL TABLE statements_fts USING fts5(
    text,
    content = 'statements',
    content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.seq, old.text);
    INSERT INTO statements_fts(rowid, text) VALUES (new.seq, new.text);
END;

CREATE TABLE quote_clusters (
    id INTEGER PRIMARY KEY
);

CREATE TABLE quote_cluster_members (
    statement_seq INTEGER PRIMARY KEY REFERENCES statements(seq),
    cluster_id    INTEGER NOT NULL REFERENCES quote_clusters(id),
    text_hash     INTEGER NOT NULL,          -- provenance.hash64 of the normalised words
    anchor        INTEGER                    -- first shingle of the longest piece, if an excerpt
);
CREATE INDEX quote_cluster_members_cluster ON quote_cluster_members(cluster_id);
CREATE INDEX quote_cluster_members_text ON quote_cluster_members(text_hash);
CREATE INDEX quote_cluster_members_anchor ON quote_cluster_members(anchor) WHERE anchor IS NOT NULL;

CREATE TABLE quote_shingles (
    hash          INTEGER NOT NULL,          -- provenance.hash64 of 6 consecutive words
    statement_seq INTEGER NOT NULL REFERENCES statements(seq),
    PRIMARY KEY (hash, statement_seq)
) WITHOUT ROWID;
