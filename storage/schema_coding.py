"""Migrations of the tables of coding work: the collaboration network's actors and ties
(0014), what a coder's copy held when it was handed out (0017) and the typing log
(0018). Registered in their numbered place by `storage/schema.py`; never edited once
released.
"""

from __future__ import annotations

from sqlite_utils import Database


def m0014_network(db: Database) -> None:
    """The collaboration network: actors (organisations and groups, state or not), the
    kinds of tie, and ties, each evidenced by one coded segment (its passage)."""
    db.executescript(
        """
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            sector TEXT NOT NULL DEFAULT 'non_state'
                CHECK (sector IN ('state', 'non_state')),
            group_id INTEGER REFERENCES groups(id),
            administrative INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            x REAL,
            y REAL,
            position INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE tie_types (
            key TEXT PRIMARY KEY,
            label_en TEXT NOT NULL,
            label_id TEXT NOT NULL,
            directed INTEGER NOT NULL DEFAULT 0,
            code_id INTEGER REFERENCES codes(id),
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE ties (
            id INTEGER PRIMARY KEY,
            segment_id INTEGER NOT NULL UNIQUE REFERENCES segments(id),
            from_actor INTEGER NOT NULL REFERENCES actors(id),
            to_actor INTEGER NOT NULL REFERENCES actors(id),
            type_key TEXT NOT NULL REFERENCES tie_types(key),
            directed INTEGER NOT NULL DEFAULT 0,
            CHECK (from_actor <> to_actor)
        );
        CREATE INDEX ties_from ON ties(from_actor);
        CREATE INDEX ties_to ON ties(to_actor);
        INSERT INTO tie_types (key, label_en, label_id, directed, position) VALUES
            ('agreement', 'Formal agreement / MoU', 'Perjanjian formal / MoU', 0, 0),
            ('information', 'Information flow', 'Arus informasi', 1, 1),
            ('resources', 'Resources / funding', 'Sumber daya / pendanaan', 1, 2),
            ('joint_activity', 'Joint activity', 'Kegiatan bersama', 0, 3),
            ('conflict', 'Conflict', 'Konflik', 0, 4);
        """
    )


def m0017_handout_state(db: Database) -> None:
    """What a coder's copy held when it was handed out, one row per coding or memo
    (`storage.handout_state`): `state` is JSON, the fingerprint a later merge compares
    the copy's and the project's versions against, to tell an edit or a deletion made
    in the copy from one made in the project since (and both: a conflict)."""
    db.executescript(
        """
        CREATE TABLE handout_state (
            kind TEXT NOT NULL CHECK (kind IN ('segment', 'memo')),
            guid TEXT NOT NULL,
            state TEXT NOT NULL,
            PRIMARY KEY (kind, guid)
        ) WITHOUT ROWID;
        """
    )


def m0018_typed_text(db: Database) -> None:
    """The typing log (`storage.typing`): keystrokes stored at once, laid into their
    source's text (with its segments, pages and index) when the project settles."""
    db.executescript(
        """
        CREATE TABLE typed_text (
            seq INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            inserted TEXT NOT NULL,
            typed TEXT NOT NULL
        );
        """
    )
