"""Round trip: export to .qdpx, import into a new project, and nothing is lost.

A property-based test builds random studies (Unicode text with emoji, ZWJ sequences,
flags, combining marks, CR/LF, a leading U+FEFF; random codes, segments, memos and
participants), exports them, imports the file into a new project, and compares
sources, codes, segments (same text at the same offsets), memos and participants by
GUID. Example counts are kept small so the whole file runs in well under 30 seconds.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_refi_support import TEXT, populate, snapshot

from exporters.refi import write_qdpx
from importers.refi import new_project_from_refi
from storage import Project
from storage.models import DEFAULT_GROUPS, TECHNIQUES

TRICKY = ["😀", "👩‍👩‍👧", "🇮🇩", "e\u0301", "\u0301", "\u0915\u094d\u0937", "\r\n", "\r",
          "\n", "\t", "\u200d", "\ufeff", "\U0010fffd", "\u2028"]
# Anything a text file can hold (no surrogates; NUL is refused by the text importer too).
TEXT_CHARS = st.one_of(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
                       st.sampled_from(TRICKY))
# What XML can carry exactly: labels, titles, names, memos.
XML_CHARS = st.one_of(st.characters(exclude_categories=("Cs", "Cc", "Cn")),
                      st.sampled_from(["😀", "e\u0301", "\t", "\n", "\r\n"]))
texts = st.lists(TEXT_CHARS, min_size=1, max_size=60).map("".join)
words = st.lists(XML_CHARS, max_size=12).map("".join)
names = st.lists(XML_CHARS, min_size=1, max_size=12).map("".join).filter(lambda s: s.strip())
EXAMPLES = int(os.environ.get("REFI_EXAMPLES", "20"))  # raise it for a longer hunt
dates = st.none() | st.dates().map(lambda d: d.isoformat()).filter(lambda d: len(d) == 10)


def build(project: Project, data) -> None:
    codes: list[int] = []
    for _ in range(data.draw(st.integers(1, 5), label="codes")):
        parent = data.draw(st.none() | st.sampled_from(codes)) if codes else None
        label_en, label_id = data.draw(st.tuples(words, names) | st.tuples(names, words))
        codes.append(project.codes.add(label_en, label_id, parent_id=parent,
                                       definition_en=data.draw(words),
                                       definition_id=data.draw(words)))
    codes_ = data.draw(st.lists(names, max_size=3, unique_by=lambda s: s.strip().lower()))
    people = [project.participants.add(
        code, organisation=data.draw(words), role=data.draw(words), consent_status="given",
        group_id=data.draw(st.none() | st.sampled_from(
            [g.id for g in project.participants.groups() if g.name in DEFAULT_GROUPS])))
        for code in codes_]
    segments = []
    for _ in range(data.draw(st.integers(1, 3), label="sources")):
        text = data.draw(texts, label="text")
        source = project.sources.add(
            data.draw(st.sampled_from(TECHNIQUES)), data.draw(names), text,
            participant_ids=data.draw(st.lists(st.sampled_from(people), unique=True))
            if people else [], date=data.draw(dates), memo=data.draw(words))
        for _ in range(data.draw(st.integers(0, 4), label="segments")):
            start = data.draw(st.integers(0, len(text) - 1))
            end = data.draw(st.integers(start + 1, len(text)))
            segments.append(project.segments.add(
                source, data.draw(st.sampled_from(codes)), start, end,
                valence=data.draw(st.sampled_from(["supports", "contradicts"])),
                memo=data.draw(words), coder=data.draw(names),
                participant_id=data.draw(st.none() | st.sampled_from(people))
                if people else None))
    targets = [("study", None)] + [("code", c) for c in codes] + [
        ("segment", s) for s in segments] + [("participant", p) for p in people]
    for _ in range(data.draw(st.integers(0, 3), label="memos")):
        kind, target = data.draw(st.sampled_from(targets))
        project.memos.add(kind, target, data.draw(words), data.draw(words),
                          author=data.draw(names))


# No shrinking: each example writes two project files, and shrinking one takes minutes;
# with these small sizes the failing example is readable as generated.
@settings(max_examples=EXAMPLES, deadline=None,
          phases=(Phase.explicit, Phase.reuse, Phase.generate),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_export_then_import_keeps_everything(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("roundtrip")
    with Project.create(folder / "a.telaah", title=data.draw(words), coder="Tester") as project:
        with project.action("Build a random study"):   # one commit: fsync is slow
            build(project, data)
        write_qdpx(project, folder / "a.qdpx")
        copy, summary = new_project_from_refi(folder / "b.telaah", folder / "a.qdpx")
        with copy:
            assert summary.skipped == []
            assert snapshot(copy) == snapshot(project)


def test_round_trip_with_frameworks_participants_and_every_memo_target(project, tmp_path):
    populate(project)
    study = project.study.get()
    project.study.update(notes="catatan", research_questions="RQ1", site="Solo",
                         period_start="2024-01-01")
    write_qdpx(project, tmp_path / "a.qdpx")
    copy, summary = new_project_from_refi(tmp_path / "b.telaah", tmp_path / "a.qdpx")
    with copy:
        assert summary.skipped == [] and summary.notices == []
        assert snapshot(copy) == snapshot(project)
        restored = copy.study.get()
        assert (restored.title, restored.notes, restored.research_questions, restored.site,
                restored.period_start, restored.deseve_variant) == (
            study.title, "catatan", "RQ1", "Solo", "2024-01-01", study.deseve_variant)


def test_text_at_the_same_offsets_with_emoji_and_combining_marks(empty_project, tmp_path):
    code = empty_project.codes.add("Emoji")
    source = empty_project.sources.add("document", "t", "\ufeff" + TEXT + "\r\n👩‍👩‍👧")
    text = empty_project.sources.text(source)
    for start, end in ((0, 1), (32, 34), (41, 43), (len(text) - 5, len(text))):
        empty_project.segments.add(source, code, start, end)
    write_qdpx(empty_project, tmp_path / "a.qdpx")
    copy, _summary = new_project_from_refi(tmp_path / "b.telaah", tmp_path / "a.qdpx")
    with copy:
        copied = copy.sources.list()[0]
        assert copy.sources.text(copied.id) == text
        assert [text[s.start:s.end] for s in copy.segments.for_source(copied.id)] == [
            text[s.start:s.end] for s in empty_project.segments.for_source(source)]
