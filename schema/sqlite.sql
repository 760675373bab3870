-- jianbao records in SQLite: `jianbao load OUTDIR --db sqlite:PATH` or a StoreSink.
-- Columns mirror article.schema.json and page.schema.json; the whole record stays in
-- articles.record (JSON text), so nothing the columns leave out is lost.
-- Every statement is idempotent: the store runs this file each time it opens a database.

CREATE TABLE IF NOT EXISTS articles (
  -- Integer key the full-text indexes point at. An INTEGER PRIMARY KEY survives VACUUM (a
  -- plain rowid may not), and an upsert on id keeps it, so the indexes stay aligned.
  doc            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL,
  source_path    TEXT NOT NULL, -- the page's path as extract was given it
  source_relative_path TEXT,    -- the path below the input folder that held it (null: inputs unknown)
  source_sha256  TEXT NOT NULL,
  line_start     INTEGER NOT NULL,
  line_end       INTEGER NOT NULL,
  section        TEXT,
  kicker         TEXT,
  headline       TEXT,
  subheadline    TEXT,
  byline_text    TEXT,
  agency         TEXT,
  dateline_place TEXT,
  dateline_date  TEXT,
  date           TEXT,          -- 2021-05-17, or --05-17 when the year is unknown
  date_year      INTEGER,       -- date as numbers; date_year null when the year is unknown
  date_month     INTEGER,
  date_day       INTEGER,
  date_text      TEXT,
  body           TEXT NOT NULL, -- kicker, headline, subheadline, paragraphs, one per line
  words          TEXT NOT NULL, -- body segmented by HanLP (index mode), words joined by spaces
  record         TEXT NOT NULL  -- the record exactly as articles.jsonl has it
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_page ON articles(source_sha256);

-- Child rows are replaced whole whenever their article is written again.
CREATE TABLE IF NOT EXISTS people (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,  -- position in the record's list
  name       TEXT NOT NULL,
  title      TEXT,
  count      INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX IF NOT EXISTS people_name ON people(name);

CREATE TABLE IF NOT EXISTS organizations (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  name       TEXT NOT NULL,
  count      INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX IF NOT EXISTS organizations_name ON organizations(name);

CREATE TABLE IF NOT EXISTS places (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  name       TEXT NOT NULL,
  count      INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX IF NOT EXISTS places_name ON places(name);

-- The names of a record's byline, by role: reporter (记者), correspondent (通讯员), photographer (摄).
CREATE TABLE IF NOT EXISTS byline_names (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  role       TEXT NOT NULL,
  ord        INTEGER NOT NULL,  -- position in the record's list for that role
  name       TEXT NOT NULL,
  PRIMARY KEY (article_id, role, ord)
);
CREATE INDEX IF NOT EXISTS byline_names_name ON byline_names(name);

-- Keyed by content: record ids derive from it, and a repeated page is a dedupe reject.
CREATE TABLE IF NOT EXISTS pages (
  sha256       TEXT PRIMARY KEY,
  path         TEXT NOT NULL,
  relative_path TEXT,
  encoding     TEXT,
  format       TEXT,
  line_count   INTEGER NOT NULL,
  record_count INTEGER NOT NULL,
  section      TEXT,
  unassigned   TEXT NOT NULL   -- JSON array of {text, line_start, line_end}
);

CREATE TABLE IF NOT EXISTS rejects (
  path   TEXT NOT NULL,
  stage  TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (path, stage)
);

-- Full text, two ways. The trigram index finds any substring of 3+ characters; the word
-- index finds 1-2 character words (北京) that trigrams cannot. Both read their text from
-- articles (external content) and are kept in step by the triggers below.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts
  USING fts5(body, content='articles', content_rowid='doc', tokenize='trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS articles_words
  USING fts5(words, content='articles', content_rowid='doc', tokenize='unicode61', detail='none');

CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, body) VALUES (new.doc, new.body);
  INSERT INTO articles_words(rowid, words) VALUES (new.doc, new.words);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, body) VALUES ('delete', old.doc, old.body);
  INSERT INTO articles_words(articles_words, rowid, words) VALUES ('delete', old.doc, old.words);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, body) VALUES ('delete', old.doc, old.body);
  INSERT INTO articles_words(articles_words, rowid, words) VALUES ('delete', old.doc, old.words);
  INSERT INTO articles_fts(rowid, body) VALUES (new.doc, new.body);
  INSERT INTO articles_words(rowid, words) VALUES (new.doc, new.words);
END;
