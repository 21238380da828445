"""The full-text index in chunks: the same sources found as before, kept exact by edits,
undo and redo, and hits that span chunk borders still found."""

from __future__ import annotations

import random
import re
import sqlite3
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from storage import Project
from storage.fulltext import MAX_CHUNK, chunks, create_index
from storage.search import autocode, find_phrase, search

WORD = re.compile(r"[^\W_]+")


@given(st.text(alphabet=st.sampled_from("ab é\n .,🙏"), max_size=300))
@settings(max_examples=200, deadline=None)
def test_chunks_keep_every_word_whole(text):
    assert Counter(WORD.findall(text)) == Counter(
        word for chunk in chunks(text) for word in WORD.findall(chunk))


def test_long_lines_are_cut_at_spaces_and_blank_chunks_left_out():
    line = " ".join(["kepercayaan"] * 3000)
    found = chunks(line + "\nakhir")
    assert found[-1] == "akhir" and len(found) > 2
    assert all(len(chunk) <= MAX_CHUNK for chunk in found[:-1])
    assert "".join(found[:-1]) == line
    assert chunks("\n\n   \n") == []


def index_terms(conn: sqlite3.Connection) -> Counter:
    """(source, chunk digest, term, offset) of every token in the live index."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab "
                 "USING fts5vocab(main, text_chunks_fts, instance)")
    return Counter(conn.execute(
        "SELECT c.source_id, c.digest, v.term, v.offset FROM temp.vocab v "
        "JOIN text_chunks c ON c.id = v.doc").fetchall())


def fresh_terms(project: Project) -> Counter:
    """The same, for an index built from scratch from the texts as they are now."""
    memory = sqlite3.connect(":memory:")
    memory.execute("CREATE TABLE sources (id INTEGER PRIMARY KEY, text TEXT)")
    memory.executemany("INSERT INTO sources VALUES (?, ?)", project.db.execute(
        "SELECT id, text FROM sources").fetchall())
    create_index(memory)
    return index_terms(memory)


def test_edits_undo_and_redo_keep_the_index_exact(tmp_path):
    rng = random.Random(11)
    words = ["kami", "percaya", "dinas", "koperasi", "mitra", "\n", " ", ". "]
    with Project.create(tmp_path / "p.telaah", title="t", coder="Tester") as project:
        changes = []
        project.subscribe(changes.append)
        source = project.sources.add("interview", "a", "kami percaya\ndinas koperasi\n")
        project.sources.add("interview", "b", "mitra\nmitra\nmitra")
        for _ in range(60):
            text = project.sources.text(source)
            start = rng.randint(0, len(text))
            end = min(len(text), start + rng.choice([0, 0, 1, 5, 20]))
            inserted = "".join(rng.choice(words) for _ in range(rng.randint(0, 4)))
            project.sources.edit_text(source, start, end, inserted)
        assert index_terms(project.db.conn) == fresh_terms(project)
        for change in reversed(changes[-20:]):
            project.undo(change)
        assert index_terms(project.db.conn) == fresh_terms(project)
        for change in changes[-40:-20]:
            project.redo(change)
        assert index_terms(project.db.conn) == fresh_terms(project)
        project.sources.delete(source)
        assert index_terms(project.db.conn) == fresh_terms(project)


def test_words_and_phrases_across_chunk_borders_are_found(tmp_path):
    text = "Saya sudah lama bekerja.\nSaya percaya kepada dinas.\n" + "isi " * 700 + "ujung"
    with Project.create(tmp_path / "p.telaah", title="t", coder="Tester") as project:
        code = project.codes.add("Trust")
        source = project.sources.add("interview", "a", text)
        project.sources.add("interview", "b", "bekerja saja")
        hits = search(project, "bekerja percaya")
        assert {hit.source_id for hit in hits} == {source}
        assert [hit.match for hit in hits] == ["bekerja", "percaya"]
        phrase = "bekerja.\nSaya percaya"
        start = text.index(phrase)
        assert find_phrase(project, phrase) == [(source, start, start + len(phrase))]
        assert autocode(project, "isi ujung", code) == 1
        assert [hit.source_id for hit in search(project, "ujung")] == [source]


def test_an_edit_reindexes_only_the_chunks_it_changed(tmp_path):
    lines = [f"baris {i} tentang kepercayaan" for i in range(400)]
    with Project.create(tmp_path / "p.telaah", title="t", coder="Tester") as project:
        source = project.sources.add("interview", "a", "\n".join(lines))
        before = {row[0] for row in project.db.execute("SELECT id FROM text_chunks")}
        project.sources.edit_text(source, 3, 3, "X")
        after = {row[0] for row in project.db.execute("SELECT id FROM text_chunks")}
        assert len(before) > 20
        assert 1 <= len(before - after) <= 2 and 1 <= len(after - before) <= 2
        assert [hit.source_id for hit in search(project, "barXis")] == [source]


def test_edits_in_a_line_longer_than_the_window_keep_text_and_index_exact(tmp_path):
    text = "awal\n" + "kata 🙏 café " * 2000 + "\nakhir 👍🏽"
    expected = text
    with Project.create(tmp_path / "p.telaah", title="t", coder="Tester") as project:
        source = project.sources.add("interview", "a", text)
        for start, end, inserted in [(12_000, 12_003, "🙂X"), (5, 5, "mitra "),
                                     (len(expected) - 3, len(expected), ""), (0, 3, "\n")]:
            project.sources.edit_text(source, start, end, inserted)
            expected = expected[:start] + inserted + expected[end:]
            assert project.sources.text(source) == expected
        assert index_terms(project.db.conn) == fresh_terms(project)


def test_edits_in_the_middle_of_a_long_text_read_only_a_window_and_stay_exact(tmp_path):
    rng = random.Random(5)
    lines = [" ".join(rng.choice(["kami", "mitra", "dinas", "percaya"]) for _ in range(8))
             for _ in range(3000)]
    with Project.create(tmp_path / "p.telaah", title="t", coder="Tester") as project:
        source = project.sources.add("interview", "a", "\n".join(lines))
        expected = project.sources.text(source)
        for _ in range(30):
            start = rng.randint(10_000, len(expected) - 10_000)
            end = start + rng.choice([0, 1, 40, 400])
            inserted = rng.choice(["", "x", "\n", "kopi\nteh ", "\n\n"])
            project.sources.edit_text(source, start, end, inserted)
            expected = expected[:start] + inserted + expected[end:]
        assert project.sources.text(source) == expected
        assert index_terms(project.db.conn) == fresh_terms(project)
