"""The archive schema: the only module with DDL. Append-only: never edit a released migration.

``PRAGMA user_version`` holds the schema version (the number of applied migrations) so a
researcher's tools can check it; docs/schema.md documents every table and column.
"""

from __future__ import annotations

from archiver.compat import Database, Migrations, migration_count

migrations = Migrations("archiver")


def _execute_all(db: Database, script: str) -> None:
    """Statement by statement: ``executescript`` would commit and break the migration's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m001_core(db: Database) -> None:
    _execute_all(
        db,
        """
        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'failed', 'interrupted')),
            target TEXT NOT NULL,
            profile TEXT NOT NULL,
            settings TEXT NOT NULL DEFAULT '{}',
            stats TEXT NOT NULL DEFAULT '{}',
            archiver_version TEXT NOT NULL,
            extractor_version TEXT NOT NULL
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            site TEXT NOT NULL,
            site_article_id TEXT,
            status TEXT NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'gone')),
            gone_at TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            first_crawl_id INTEGER REFERENCES crawl_runs(id),
            last_crawl_id INTEGER REFERENCES crawl_runs(id),
            current_version INTEGER
        );
        CREATE INDEX idx_articles_site ON articles(site);
        CREATE TABLE captures (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            final_url TEXT NOT NULL,
            crawl_id INTEGER REFERENCES crawl_runs(id),
            fetched_at TEXT NOT NULL,
            status INTEGER NOT NULL,
            headers TEXT NOT NULL DEFAULT '{}',
            codec TEXT NOT NULL CHECK (codec IN ('identity', 'zstd')),
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            content BLOB NOT NULL
        );
        CREATE INDEX idx_captures_url ON captures(url);
        CREATE TABLE versions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            version INTEGER NOT NULL,
            crawl_id INTEGER REFERENCES crawl_runs(id),
            capture_id INTEGER NOT NULL REFERENCES captures(id),
            captured_at TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            change_kind TEXT NOT NULL,
            changed_fields TEXT NOT NULL DEFAULT '[]',
            title TEXT,
            source TEXT,
            source_raw TEXT,
            reprinted INTEGER NOT NULL DEFAULT 0,
            author TEXT,
            published_at TEXT,
            published_at_flags TEXT NOT NULL DEFAULT '[]',
            body TEXT NOT NULL,
            body_html TEXT NOT NULL DEFAULT '',
            keywords TEXT NOT NULL DEFAULT '[]',
            page_categories TEXT NOT NULL DEFAULT '[]',
            language TEXT,
            images TEXT NOT NULL DEFAULT '[]',
            encoding TEXT,
            rules TEXT NOT NULL DEFAULT '{}',
            UNIQUE (article_id, version)
        );
        CREATE INDEX idx_versions_hash ON versions(article_id, content_hash);
        CREATE TABLE categories (
            id INTEGER PRIMARY KEY,
            site TEXT NOT NULL,
            name TEXT NOT NULL,
            url TEXT NOT NULL UNIQUE
        );
        CREATE TABLE category_members (
            category_id INTEGER NOT NULL REFERENCES categories(id),
            url TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            first_crawl_id INTEGER REFERENCES crawl_runs(id),
            last_crawl_id INTEGER REFERENCES crawl_runs(id),
            PRIMARY KEY (category_id, url)
        );
        CREATE INDEX idx_category_members_url ON category_members(url);
        CREATE TABLE fetch_errors (
            id INTEGER PRIMARY KEY,
            crawl_id INTEGER REFERENCES crawl_runs(id),
            url TEXT NOT NULL,
            kind TEXT NOT NULL,
            status INTEGER,
            reason TEXT NOT NULL,
            referer TEXT,
            at TEXT NOT NULL
        );
        CREATE INDEX idx_fetch_errors_crawl ON fetch_errors(crawl_id);
    """,
    )


def schema_version() -> int:
    return migration_count(migrations)


def migrate(db: Database, application_id: int) -> int:
    """Create or upgrade the archive's schema and stamp it as ours; returns the schema version.

    The caller has checked the file is new, empty or an archive of this schema or older
    (archiver.store.opening), so ``user_version`` only ever moves forward.
    """
    migrations.apply(db)
    version = schema_version()
    db.execute(f"PRAGMA user_version = {version}")
    db.execute(f"PRAGMA application_id = {int(application_id)}")
    return version


@migrations()
def m002_incremental(db: Database) -> None:
    """Durable crawl state (frontier), run counts and coverage, membership as history."""
    _execute_all(
        db,
        """
        ALTER TABLE crawl_runs ADD COLUMN mode TEXT NOT NULL DEFAULT 'full';
        ALTER TABLE crawl_runs ADD COLUMN pid INTEGER;
        ALTER TABLE crawl_runs ADD COLUMN hostname TEXT;
        ALTER TABLE crawl_runs ADD COLUMN pages_fetched INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN not_modified INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN articles_new INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN articles_changed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN articles_unchanged INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN articles_gone INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN coverage TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE crawl_runs ADD COLUMN alarm TEXT;
        ALTER TABLE versions ADD COLUMN restored_from INTEGER;
        ALTER TABLE categories ADD COLUMN last_complete_at TEXT;
        ALTER TABLE categories ADD COLUMN last_complete_crawl_id INTEGER REFERENCES crawl_runs(id);
        CREATE TABLE frontier (
            url TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('listing', 'article')),
            site TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            first_seen TEXT NOT NULL,
            last_fetched_at TEXT,
            last_status INTEGER,
            next_due_at TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        );
        CREATE INDEX idx_frontier_due ON frontier(kind, next_due_at);
        CREATE TABLE status_changes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            status TEXT NOT NULL CHECK (status IN ('live', 'gone')),
            at TEXT NOT NULL,
            crawl_id INTEGER REFERENCES crawl_runs(id),
            reason TEXT NOT NULL
        );
        CREATE INDEX idx_status_changes_article ON status_changes(article_id);
        CREATE TABLE category_members_history (
            id INTEGER PRIMARY KEY,
            category_id INTEGER NOT NULL REFERENCES categories(id),
            url TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            first_crawl_id INTEGER REFERENCES crawl_runs(id),
            last_crawl_id INTEGER REFERENCES crawl_runs(id),
            removed_at TEXT,
            removed_crawl_id INTEGER REFERENCES crawl_runs(id)
        );
        INSERT INTO category_members_history (category_id, url, first_seen, last_seen, first_crawl_id,
                                              last_crawl_id)
            SELECT category_id, url, first_seen, last_seen, first_crawl_id, last_crawl_id FROM category_members;
        DROP TABLE category_members;
        ALTER TABLE category_members_history RENAME TO category_members;
        CREATE UNIQUE INDEX idx_category_members_current ON category_members(category_id, url)
            WHERE removed_at IS NULL;
        CREATE INDEX idx_category_members_url ON category_members(url);
        INSERT INTO frontier (url, kind, site, first_seen, last_fetched_at, last_status)
            SELECT url, 'article', site, first_seen, last_seen, 200 FROM articles;
    """,
    )


_CURRENT_CATEGORIES = """(
    SELECT json_group_array(name) FROM (
        SELECT DISTINCT c.name FROM category_members m JOIN categories c ON c.id = m.category_id
        WHERE m.url = a.url AND (m.removed_at IS NULL OR NOT EXISTS (
            SELECT 1 FROM category_members cur WHERE cur.url = a.url AND cur.removed_at IS NULL))
        ORDER BY c.name))"""


@migrations()
def m003_research_access(db: Database) -> None:
    """Views for researchers, the CJK-aware full-text index, request headers for WARC export."""
    from archiver.fts import index_text

    _execute_all(
        db,
        f"""
        CREATE VIEW latest_articles AS
        SELECT a.id AS article_id, a.url, a.site, a.site_article_id, a.status, a.gone_at, a.first_seen,
               a.last_seen, a.current_version AS version, v.captured_at, v.change_kind, v.title, v.source,
               v.source_raw, v.reprinted, v.author, v.published_at, v.keywords, v.language,
               {_CURRENT_CATEGORIES} AS listed_in, v.page_categories, v.body, v.images, v.content_hash,
               v.extractor_version, v.capture_id
        FROM articles a JOIN versions v ON v.article_id = a.id AND v.version = a.current_version;
        CREATE VIEW article_history AS
        SELECT a.id AS article_id, a.url, a.site, a.site_article_id, v.version, v.captured_at, v.change_kind,
               v.changed_fields, v.restored_from, v.title, v.source, v.source_raw, v.reprinted, v.author,
               v.published_at, v.keywords, v.language, v.body, v.content_hash, v.extractor_version,
               v.crawl_id, v.capture_id, v.id AS version_id,
               v.version = a.current_version AS is_current
        FROM versions v JOIN articles a ON a.id = v.article_id;
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content = '',
                                                     tokenize = 'unicode61 remove_diacritics 2');
        ALTER TABLE captures ADD COLUMN request_headers TEXT NOT NULL DEFAULT '{{}}'
    """,
    )
    for article_id, title, body in db.execute(
        "SELECT a.id, v.title, v.body FROM articles a "
        "JOIN versions v ON v.article_id = a.id AND v.version = a.current_version"
    ).fetchall():
        db.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
            [article_id, index_text(title), index_text(body)],
        )


@migrations()
def m004_republished(db: Database) -> None:
    """Near-duplicate index and clusters, organizations named as sources, and the sites we archive."""
    _execute_all(
        db,
        """
        CREATE TABLE archive_settings (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE sites (
            site TEXT PRIMARY KEY,
            home_url TEXT NOT NULL,
            title TEXT,
            organizations TEXT NOT NULL DEFAULT '[]',
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        );
        CREATE TABLE body_signatures (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            version INTEGER NOT NULL,
            language TEXT,
            shingles INTEGER NOT NULL,
            minhash BLOB
        );
        CREATE TABLE lsh_buckets (
            bucket INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id)
        );
        CREATE INDEX idx_lsh_buckets_bucket ON lsh_buckets(bucket);
        CREATE INDEX idx_lsh_buckets_article ON lsh_buckets(article_id);
        CREATE TABLE near_duplicates (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            other_id INTEGER NOT NULL REFERENCES articles(id),
            similarity REAL NOT NULL,
            crawl_id INTEGER REFERENCES crawl_runs(id),
            found_at TEXT NOT NULL,
            PRIMARY KEY (article_id, other_id),
            CHECK (article_id < other_id)
        );
        CREATE INDEX idx_near_duplicates_other ON near_duplicates(other_id);
        CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            size INTEGER NOT NULL,
            similarity REAL NOT NULL,
            original_id INTEGER REFERENCES articles(id),
            reference_id INTEGER NOT NULL REFERENCES articles(id),
            original_reason TEXT NOT NULL,
            first_crawl_id INTEGER REFERENCES crawl_runs(id),
            updated_crawl_id INTEGER REFERENCES crawl_runs(id),
            updated_at TEXT NOT NULL
        );
        CREATE TABLE cluster_members (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            cluster_id INTEGER NOT NULL REFERENCES clusters(id),
            role TEXT NOT NULL CHECK (role IN ('original', 'copy')),
            similarity REAL,
            reason TEXT NOT NULL
        );
        CREATE INDEX idx_cluster_members_cluster ON cluster_members(cluster_id);
        CREATE TABLE organizations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            site TEXT
        );
        CREATE TABLE reprints (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            organization_id INTEGER NOT NULL REFERENCES organizations(id),
            version INTEGER NOT NULL
        );
        CREATE INDEX idx_reprints_organization ON reprints(organization_id);
        CREATE VIEW reprinted_from AS
        SELECT o.name AS organization, o.key AS organization_key, o.site AS organization_site,
               l.article_id, l.url, l.site, l.title, l.source_raw, l.published_at, l.status
        FROM reprints r JOIN organizations o ON o.id = r.organization_id
        JOIN latest_articles l ON l.article_id = r.article_id;
        CREATE VIEW republished AS
        SELECT m.cluster_id, m.role, m.similarity, m.reason, c.similarity AS cluster_similarity,
               c.original_id, c.original_reason, l.article_id, l.url, l.site, l.title, l.source,
               l.reprinted, l.published_at, l.first_seen, l.status
        FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id
        JOIN latest_articles l ON l.article_id = m.article_id
    """,
    )


@migrations()
def m005_capture_dictionaries(db: Database) -> None:
    """zstd dictionaries trained on each site's pages, and which one a capture is compressed with."""
    _execute_all(
        db,
        """
        CREATE TABLE compression_dictionaries (
            id INTEGER PRIMARY KEY,
            site TEXT NOT NULL,
            created_at TEXT NOT NULL,
            samples INTEGER NOT NULL,
            size INTEGER NOT NULL,
            content BLOB NOT NULL
        );
        CREATE INDEX idx_compression_dictionaries_site ON compression_dictionaries(site);
        ALTER TABLE captures ADD COLUMN dictionary_id INTEGER REFERENCES compression_dictionaries(id);
    """,
    )


@migrations()
def m006_search_fields(db: Database) -> None:
    """The full-text index rebuilt for researchers' searches (archiver/fts.py, docs/search.md).

    English words are indexed by their Porter stem (``porter`` tokenizer: "unions" finds
    "union"), each Chinese run also by its last character (so one character can be searched),
    and the source (as named and as printed) and the author get columns of their own for the
    ``source:`` and ``author:`` filters. A contentless index cannot be re-tokenized in place: it
    is dropped and every current version indexed again.
    """
    from archiver.fts import index_values

    db.execute("DROP TABLE articles_fts")
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, source, author, content = '', "
        "tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    cursor = db.execute(
        "SELECT a.id, v.title, v.body, v.source, v.source_raw, v.author FROM articles a "
        "JOIN versions v ON v.article_id = a.id AND v.version = a.current_version"
    )
    names = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        db.execute(
            "INSERT INTO articles_fts (rowid, title, body, source, author) VALUES (?, ?, ?, ?, ?)",
            [row["id"], *index_values(row)],
        )


@migrations()
def m007_page_captures(db: Database) -> None:
    """Captures of every page a crawl fetched (home, listings, robots.txt, redirects), for WARC and replay."""
    _execute_all(
        db,
        """
        ALTER TABLE captures ADD COLUMN page_kind TEXT NOT NULL DEFAULT 'article'
            CHECK (page_kind IN ('article', 'home', 'listing', 'robots', 'redirect', 'feed', 'page'));
        CREATE INDEX idx_captures_final_url ON captures(final_url)
    """,
    )


@migrations()
def m008_view_ids(db: Database) -> None:
    """The views name ids as the CLI and the Python API do (docs/schema.md).

    ``article_id`` is now the portal's id (text), ``record_id`` the archive's key (articles.id);
    ``site_article_id`` stays, the same value as ``article_id``, so SQL written for schema 7 that
    reads it keeps working. A view cannot rename a column in place: the two that read
    ``latest_articles`` are dropped first and all four created again.
    """
    _execute_all(
        db,
        f"""
        DROP VIEW republished;
        DROP VIEW reprinted_from;
        DROP VIEW article_history;
        DROP VIEW latest_articles;
        CREATE VIEW latest_articles AS
        SELECT a.id AS record_id, a.site_article_id AS article_id, a.url, a.site, a.site_article_id, a.status,
               a.gone_at, a.first_seen, a.last_seen, a.current_version AS version, v.captured_at, v.change_kind,
               v.title, v.source, v.source_raw, v.reprinted, v.author, v.published_at, v.keywords, v.language,
               {_CURRENT_CATEGORIES} AS listed_in, v.page_categories, v.body, v.images, v.content_hash,
               v.extractor_version, v.capture_id
        FROM articles a JOIN versions v ON v.article_id = a.id AND v.version = a.current_version;
        CREATE VIEW article_history AS
        SELECT a.id AS record_id, a.site_article_id AS article_id, a.url, a.site, a.site_article_id, v.version,
               v.captured_at, v.change_kind, v.changed_fields, v.restored_from, v.title, v.source, v.source_raw,
               v.reprinted, v.author, v.published_at, v.keywords, v.language, v.body, v.content_hash,
               v.extractor_version, v.crawl_id, v.capture_id, v.id AS version_id,
               v.version = a.current_version AS is_current
        FROM versions v JOIN articles a ON a.id = v.article_id;
        CREATE VIEW reprinted_from AS
        SELECT o.name AS organization, o.key AS organization_key, o.site AS organization_site,
               l.record_id, l.article_id, l.url, l.site, l.title, l.source_raw, l.published_at, l.status
        FROM reprints r JOIN organizations o ON o.id = r.organization_id
        JOIN latest_articles l ON l.record_id = r.article_id;
        CREATE VIEW republished AS
        SELECT m.cluster_id, m.role, m.similarity, m.reason, c.similarity AS cluster_similarity,
               c.original_id, c.original_reason, l.record_id, l.article_id, l.url, l.site, l.title, l.source,
               l.reprinted, l.published_at, l.first_seen, l.status
        FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id
        JOIN latest_articles l ON l.record_id = m.article_id
    """,
    )
