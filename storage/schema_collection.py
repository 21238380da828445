"""Migrations of the data-collection tables: field guides and sessions (0009), surveys
(0010) and media (0013).

Plain functions: `storage.schema` registers them in their numbered place, so the order
of all migrations stays visible in one file. Never edited once released.
"""

from __future__ import annotations

from sqlite_utils import Database

_SOURCE_KINDS_BEFORE = "CHECK (kind IN ('interview', 'observation', 'document'))"
_SOURCE_KINDS_AFTER = "CHECK (kind IN ('interview', 'observation', 'document', 'survey'))"


def m0009_field(db: Database) -> None:
    """Interview guides and live field sessions (issue 14).

    A guide is an ordered list of questions in sections; probes, indicators (framework
    node ids), groups (stakeholder group names) and per-group variant wordings are JSON.
    A session (interview or observation) keeps one row per question asked, whose notes
    are saved as they are typed; finishing makes a source. `guide_codings` names, by
    segment guid, the segments made from a guide's indicators, so analysis can tell
    them from coding done while reading."""
    db.executescript(
        """
        CREATE TABLE guides (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE,
            notes TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE guide_questions (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            guide_id INTEGER NOT NULL REFERENCES guides(id),
            section TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            text_id TEXT NOT NULL DEFAULT '',
            text_en TEXT NOT NULL DEFAULT '',
            probes TEXT NOT NULL DEFAULT '[]',
            indicators TEXT NOT NULL DEFAULT '[]',
            groups TEXT NOT NULL DEFAULT '[]',
            variants TEXT NOT NULL DEFAULT '{}',
            origin TEXT NOT NULL DEFAULT 'own' CHECK (origin IN ('bank', 'own')),
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX guide_questions_guide ON guide_questions(guide_id, position);
        CREATE TABLE field_sessions (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('interview', 'observation')),
            title TEXT NOT NULL DEFAULT '',
            guide_id INTEGER,
            guide_name TEXT NOT NULL DEFAULT '',
            participant_id INTEGER,
            present TEXT NOT NULL DEFAULT '[]',
            others_present TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'id',
            date TEXT,
            place TEXT NOT NULL DEFAULT '',
            setting TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished')),
            elapsed_ms INTEGER NOT NULL DEFAULT 0,
            current_position INTEGER NOT NULL DEFAULT 0,
            consent_method TEXT NOT NULL DEFAULT ''
                CHECK (consent_method IN ('', 'written', 'verbal', 'recorded')),
            consent_note TEXT NOT NULL DEFAULT '',
            recording_path TEXT NOT NULL DEFAULT '',
            recording_sha256 TEXT NOT NULL DEFAULT '',
            recording_ms INTEGER NOT NULL DEFAULT 0,
            source_id INTEGER,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX field_sessions_status ON field_sessions(status);
        CREATE TABLE session_answers (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES field_sessions(id),
            position INTEGER NOT NULL DEFAULT 0,
            question_id INTEGER,
            section TEXT NOT NULL DEFAULT '',
            text_id TEXT NOT NULL DEFAULT '',
            text_en TEXT NOT NULL DEFAULT '',
            probes TEXT NOT NULL DEFAULT '[]',
            indicators TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            skipped INTEGER NOT NULL DEFAULT 0,
            added INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX session_answers_session ON session_answers(session_id, position);
        CREATE TABLE guide_codings (
            segment_guid TEXT PRIMARY KEY,
            session_id INTEGER NOT NULL,
            answer_id INTEGER
        );
        """
    )


def m0010_surveys(db: Database) -> None:
    """Questionnaires (XLSForm: forms, questions, choice lists), their responses and
    answers, and `survey` as a fourth technique of sources (the open answers of a
    question made codable). The technique list is a CHECK constraint, so `sources` is
    rebuilt from its own stored definition (whatever columns earlier migrations gave it)
    with SQLite's documented procedure: foreign keys off, copy, swap, indexes and
    triggers re-created, foreign keys checked, all in one transaction."""
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN")
        try:
            _allow_survey_sources(conn)
            for statement in _SURVEY_TABLES.split(";"):
                if statement.strip():
                    conn.execute(statement)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign keys broken by 0010_surveys: {problems[:3]}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _allow_survey_sources(conn) -> None:
    table_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'sources'").fetchone()[0]
    if _SOURCE_KINDS_AFTER in table_sql:
        return
    extras = conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'sources' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL").fetchall()
    columns = ", ".join(f"[{row[1]}]" for row in conn.execute("PRAGMA table_info(sources)"))
    new_sql = table_sql.replace(_SOURCE_KINDS_BEFORE, _SOURCE_KINDS_AFTER).replace(
        "CREATE TABLE sources", "CREATE TABLE sources_rebuilt", 1)
    conn.execute(new_sql)
    conn.execute(f"INSERT INTO sources_rebuilt ({columns}) SELECT {columns} FROM sources")
    conn.execute("DROP TABLE sources")
    conn.execute("ALTER TABLE sources_rebuilt RENAME TO sources")
    for (sql,) in extras:
        conn.execute(sql)


# Answers are text: a select's choice name(s) (space-separated for select_multiple),
# a number as written, a date as YYYY-MM-DD. They are kept question by question (the
# primary key starts with the question), so a summary reads one question's answers in
# order and one response's answers are one seek per question of its form. Labels and
# hints are JSON objects keyed by the XLSForm language (e.g. "English (en)", "" for a
# column without language).
_SURVEY_TABLES = """
        CREATE TABLE survey_forms (
            id INTEGER PRIMARY KEY,
            form_id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            version TEXT NOT NULL DEFAULT '',
            default_language TEXT NOT NULL DEFAULT '',
            settings TEXT NOT NULL DEFAULT '{}',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE survey_questions (
            id INTEGER PRIMARY KEY,
            form_id INTEGER NOT NULL REFERENCES survey_forms(id),
            position INTEGER NOT NULL DEFAULT 0,
            type TEXT NOT NULL,
            list_name TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            labels TEXT NOT NULL DEFAULT '{}',
            hints TEXT NOT NULL DEFAULT '{}',
            required INTEGER NOT NULL DEFAULT 0,
            relevant TEXT NOT NULL DEFAULT '',
            constraint_expr TEXT NOT NULL DEFAULT '',
            constraint_messages TEXT NOT NULL DEFAULT '{}',
            indicators TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX survey_questions_form ON survey_questions(form_id, position);
        CREATE TABLE survey_choices (
            id INTEGER PRIMARY KEY,
            form_id INTEGER NOT NULL REFERENCES survey_forms(id),
            list_name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            labels TEXT NOT NULL DEFAULT '{}',
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX survey_choices_form ON survey_choices(form_id, list_name, position);
        CREATE TABLE survey_responses (
            id INTEGER PRIMARY KEY,
            form_id INTEGER NOT NULL REFERENCES survey_forms(id),
            respondent TEXT NOT NULL,
            participant_id INTEGER REFERENCES participants(id),
            complete INTEGER NOT NULL DEFAULT 0,
            submitted TEXT,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            UNIQUE (form_id, respondent)
        );
        CREATE INDEX survey_responses_participant ON survey_responses(participant_id);
        CREATE TABLE survey_answers (
            question_id INTEGER NOT NULL REFERENCES survey_questions(id),
            response_id INTEGER NOT NULL REFERENCES survey_responses(id),
            value TEXT NOT NULL,
            PRIMARY KEY (question_id, response_id)
        ) WITHOUT ROWID;
        CREATE TABLE survey_text_sources (
            source_id INTEGER PRIMARY KEY REFERENCES sources(id),
            question_id INTEGER NOT NULL REFERENCES survey_questions(id)
        );
        """


def m0013_media(db: Database) -> None:
    """Recordings, images and original files kept with a source (`media`: the bytes
    live in the media folder beside the project, named by checksum), the page each part
    of an imported PDF's text came from (`source_pages`), an image source's caption and
    EXIF details (`image_details`; its description is the source's text), and coded
    rectangles of an image in its pixel coordinates (`image_regions`)."""
    db.executescript(
        """
        CREATE TABLE media (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            role TEXT NOT NULL
                CHECK (role IN ('recording', 'original', 'image', 'page_image')),
            file_name TEXT NOT NULL,
            original_name TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            duration_ms INTEGER,
            width INTEGER,
            height INTEGER,
            position INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL
        );
        CREATE INDEX media_source ON media(source_id, role, position);
        CREATE TABLE source_pages (
            source_id INTEGER NOT NULL REFERENCES sources(id),
            page INTEGER NOT NULL,
            start_pos INTEGER NOT NULL,
            end_pos INTEGER NOT NULL,
            PRIMARY KEY (source_id, page),
            CHECK (start_pos >= 0 AND end_pos >= start_pos)
        );
        CREATE TABLE image_details (
            source_id INTEGER PRIMARY KEY REFERENCES sources(id),
            caption TEXT NOT NULL DEFAULT '',
            taken TEXT NOT NULL DEFAULT '',
            camera TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE image_regions (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            media_id INTEGER NOT NULL REFERENCES media(id),
            code_id INTEGER NOT NULL REFERENCES codes(id),
            x INTEGER NOT NULL,
            y INTEGER NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            valence TEXT NOT NULL DEFAULT 'supports'
                CHECK (valence IN ('supports', 'contradicts')),
            coder TEXT NOT NULL DEFAULT '',
            memo TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            CHECK (x >= 0 AND y >= 0 AND width > 0 AND height > 0)
        );
        CREATE INDEX image_regions_media ON image_regions(media_id);
        CREATE INDEX image_regions_code ON image_regions(code_id);
        """
    )
