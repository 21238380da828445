"""Full-text search, exact-phrase finding and auto-coding in `storage.search`."""

from __future__ import annotations

import pytest

from storage.errors import ValidationError
from storage.search import (
    autocode,
    find_phrase,
    fold,
    fts_match,
    query_terms,
    search,
    total_text_length,
)

INTERVIEW = ("Kami saling percaya dalam forum kemitraan. Kepercayaan tumbuh pelan-pelan; "
             "Dinas Koperasi dan platform bertemu tiap bulan.")
OBSERVATION = "Rapat koordinasi: peserta Saling bertukar data. Kepercayaan belum kuat."


@pytest.fixture
def sources(project):
    return {
        "interview": project.sources.add("interview", "Wawancara P01", INTERVIEW),
        "observation": project.sources.add("observation", "Observasi rapat", OBSERVATION),
        "emoji": project.sources.add("document", "Catatan 😀", "😀😀 é👍🏽 percaya penuh"),
    }


def test_fts_finds_indonesian_words_with_exact_offsets(project, sources):
    hits = search(project, "kepercayaan")
    assert {h.source_id for h in hits} == {sources["interview"], sources["observation"]}
    for hit in hits:
        text = project.sources.text(hit.source_id)
        assert text[hit.start:hit.end] == hit.match
        assert hit.match == "Kepercayaan"
        assert text[:hit.start].endswith(hit.before)
        assert text[hit.end:].startswith(hit.after)


def test_search_is_whole_word_case_insensitive_and_all_words_required(project, sources):
    assert [h.match for h in search(project, "PERCAYA", kind="interview")] == ["percaya"]
    hits = search(project, "saling kepercayaan")
    assert {h.source_id for h in hits} == {sources["interview"], sources["observation"]}
    assert sorted({h.match for h in hits}) == ["Kepercayaan", "Saling", "saling"]
    assert search(project, "saling koperasi", kind="observation") == []
    assert search(project, "percay") == []
    prefix = search(project, "percay*", kind="interview")
    assert [h.match for h in prefix] == ["percaya"]
    assert len(search(project, "kepercayaan", limit=1)) == 1


def test_offsets_are_code_points_after_emoji(project, sources):
    hits = search(project, "percaya", kind="document")
    assert len(hits) == 1
    hit = hits[0]
    text = project.sources.text(sources["emoji"])
    assert hit.start == text.index("percaya") == 7
    assert text[hit.start:hit.end] == "percaya"
    assert hit.before == "😀😀 é👍🏽 "
    accent = search(project, "E", kind="document")
    assert [(h.start, h.match) for h in accent] == [(3, "é")]


@pytest.mark.parametrize("query", ['"', '""', "AND", "OR", "NOT", "*", "(", ")", "percaya AND (",
                                   'NEAR(percaya', '"percaya', "-percaya", "title:percaya",
                                   "^percaya", "percaya*)", "{text}:", "'", "\\", "😀", ""])
def test_user_input_never_breaks_the_query(project, sources, query):
    hits = search(project, query)
    assert isinstance(hits, list)
    for hit in hits:
        assert project.sources.text(hit.source_id)[hit.start:hit.end] == hit.match


def test_query_terms_are_quoted_safely():
    assert query_terms('say "hello" AND (x*') == [("say", False), ("hello", False),
                                                  ("AND", False), ("x", True)]
    assert fts_match([("a", False), ("b", True)]) == 'text : ("a" AND "b"*)'
    assert fold("ÉcOLE İ") == "ecole i"
    assert len(fold("İstanbul")) == len("İstanbul")


def test_find_phrase_is_exact_and_case_sensitive(project, sources):
    found = find_phrase(project, "percaya")
    assert len(found) == 4  # also inside "Kepercayaan": substrings count
    assert [s for s, _, _ in found] == [sources["interview"]] * 2 + [
        sources["observation"], sources["emoji"]]
    inside = find_phrase(project, "epercayaan")
    assert len(inside) == 2
    assert find_phrase(project, "kepercayaan") == []  # case-sensitive
    for source_id, start, end in found + inside:
        assert project.sources.text(source_id)[start:end] in ("percaya", "epercayaan")
    assert find_phrase(project, "Saling") == [
        (sources["observation"], OBSERVATION.index("Saling"), OBSERVATION.index("Saling") + 6)]
    assert find_phrase(project, "saling", kind="observation") == []
    assert find_phrase(project, "") == []


@pytest.mark.parametrize("phrase", ["ya dalam for", "saling per", "ling percaya", "an-pel",
                                    ". Kepercayaan tumbuh", "ya 😀", "bulan."])
def test_find_phrase_narrowing_never_loses_occurrences(project, sources, phrase):
    expected = [(sid, i) for sid in sources.values()
                for i in _all_at(project.sources.text(sid), phrase)]
    found = find_phrase(project, phrase)
    assert sorted((s, a) for s, a, _ in found) == sorted(expected)


def _all_at(text, phrase):
    at, found = text.find(phrase), []
    while at >= 0:
        found.append(at)
        at = text.find(phrase, at + len(phrase))
    return found


def test_autocode_is_one_undoable_action(project, sources):
    changes = []
    project.subscribe(changes.append)
    code = project.codes.resolve("ag2008.process.trust_building")
    made = autocode(project, "percaya", code.id, valence="contradicts")
    assert made == 4
    assert len(changes) == 1
    segments = project.segments.for_codes([code.id])
    assert len(segments) == 4
    for segment in segments:
        assert project.sources.text(segment.source_id)[segment.start:segment.end] == "percaya"
        assert segment.valence == "contradicts"
    assert autocode(project, "percaya", code.id) == 0  # already coded there
    project.undo(changes[0])
    assert project.segments.for_codes([code.id]) == []


def test_autocode_refuses_empty_phrase_and_filters_kind(project, sources):
    code = project.codes.resolve("ag2008.process.trust_building")
    with pytest.raises(ValidationError):
        autocode(project, "", code.id)
    assert autocode(project, "Kepercayaan", code.id, kind="observation") == 1
    assert project.segments.code_ranges([], code.id) == 0


def test_total_text_length(project, sources):
    assert total_text_length(project) == len(INTERVIEW) + len(OBSERVATION) + len(
        "😀😀 é👍🏽 percaya penuh")


def test_phrase_hits_carry_titles_and_context(project, sources):
    from storage.search import phrase_hits

    hits = phrase_hits(project, "percaya penuh")
    assert [(h.source_id, h.title, h.start, h.before, h.match, h.after) for h in hits] == [
        (sources["emoji"], "Catatan 😀", 7, "😀😀 é👍🏽 ", "percaya penuh", "")]
    assert len(phrase_hits(project, "percaya", limit=2)) == 2
