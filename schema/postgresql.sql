-- jianbao records in PostgreSQL: `jianbao load OUTDIR --db jdbc:postgresql://...`.
-- Same tables as sqlite.sql. Create the database with UTF8 encoding and a UTF-8 LC_CTYPE
-- (e.g. C.UTF-8): under LC_CTYPE=C, pg_trgm drops every CJK character and the trigram
-- index cannot narrow a Chinese search (results stay correct, only slower).
-- Every statement is idempotent: the store runs this file each time it opens a database.

-- Trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE IF NOT EXISTS articles (
  id             text PRIMARY KEY,
  kind           text NOT NULL,
  source_path    text NOT NULL, -- the page's path as extract was given it
  source_relative_path text,    -- the path below the input folder that held it (null: inputs unknown)
  source_sha256  text NOT NULL,
  line_start     integer NOT NULL,
  line_end       integer NOT NULL,
  section        text,
  kicker         text,
  headline       text,
  subheadline    text,
  byline_text    text,
  agency         text,
  dateline_place text,
  dateline_date  text,
  date           text,          -- 2021-05-17, or --05-17 when the year is unknown
  date_year      integer,       -- date as numbers; date_year null when the year is unknown
  date_month     integer,
  date_day       integer,
  date_text      text,
  body           text NOT NULL, -- kicker, headline, subheadline, paragraphs, one per line
  words          text NOT NULL, -- body segmented by HanLP (index mode), words joined by spaces
  -- 'simple': no stemming or stop words, each segmented word is one lexeme.
  words_tsv      tsvector GENERATED ALWAYS AS (to_tsvector('simple', words)) STORED,
  record         jsonb NOT NULL -- the record as articles.jsonl has it
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_page ON articles(source_sha256);
-- Substring search (ILIKE '%...%') for 3+ characters; the tsvector for shorter words.
CREATE INDEX IF NOT EXISTS articles_body_trgm ON articles USING gin (body gin_trgm_ops);
CREATE INDEX IF NOT EXISTS articles_words_tsv ON articles USING gin (words_tsv);

-- Child rows are replaced whole whenever their article is written again.
CREATE TABLE IF NOT EXISTS people (
  article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord        integer NOT NULL,  -- position in the record's list
  name       text NOT NULL,
  title      text,
  count      integer NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX IF NOT EXISTS people_name ON people(name);

CREATE TABLE IF NOT EXISTS organizations (
  article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord        integer NOT NULL,
  name       text NOT NULL,
  count      integer NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX IF NOT EXISTS organizations_name ON organizations(name);

CREATE TABLE IF NOT EXISTS places (
  article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord        integer NOT NULL,
  name       text NOT NULL,
  count      integer NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX IF NOT EXISTS places_name ON places(name);

-- The names of a record's byline, by role: reporter (记者), correspondent (通讯员), photographer (摄).
CREATE TABLE IF NOT EXISTS byline_names (
  article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  role       text NOT NULL,
  ord        integer NOT NULL,  -- position in the record's list for that role
  name       text NOT NULL,
  PRIMARY KEY (article_id, role, ord)
);
CREATE INDEX IF NOT EXISTS byline_names_name ON byline_names(name);

-- Keyed by content: record ids derive from it, and a repeated page is a dedupe reject.
CREATE TABLE IF NOT EXISTS pages (
  sha256       text PRIMARY KEY,
  path         text NOT NULL,
  relative_path text,
  encoding     text,
  format       text,
  line_count   integer NOT NULL,
  record_count integer NOT NULL,
  section      text,
  unassigned   jsonb NOT NULL   -- array of {text, line_start, line_end}
);

CREATE TABLE IF NOT EXISTS rejects (
  path   text NOT NULL,
  stage  text NOT NULL,
  reason text NOT NULL,
  PRIMARY KEY (path, stage)
);
