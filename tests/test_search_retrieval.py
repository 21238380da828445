"""Read views of `storage.retrieval`: segment rows, code counts, memo rows."""

from __future__ import annotations

from storage.retrieval import code_counts, memo_rows, segment_rows


def _setup(project):
    group = project.participants.resolve_group("Pemilik UMKM")
    p1 = project.participants.add("P01", group_id=group)
    p2 = project.participants.add("P02")
    text = "😀 awal 👍🏽 kami saling percaya. Rapat bulanan."
    src = project.sources.add("interview", "Wawancara", text, participant_ids=[p1, p2],
                              date="2024-03-01")
    doc = project.sources.add("document", "Dokumen", "Tanpa peserta di sini.")
    dim = project.codes.resolve("ag2008.process").id
    trust = project.codes.resolve("ag2008.process.trust_building").id
    start = text.index("saling percaya")
    own = project.segments.add(src, trust, start, start + len("saling percaya"), coder="ana")
    spoken = project.segments.add(src, dim, 0, 1, participant_id=p2, valence="contradicts")
    plain = project.segments.add(doc, trust, 0, 5)
    return locals()


def test_segment_rows_join_everything(project):
    s = _setup(project)
    rows = segment_rows(project, [s["trust"]])
    assert [r.segment_id for r in rows] == [s["own"], s["plain"]]
    first = rows[0]
    assert first.text == "saling percaya"  # substr counts code points, emoji before it
    assert (first.source_title, first.technique, first.date) == ("Wawancara", "interview",
                                                                 "2024-03-01")
    assert (first.participant_code, first.group) == ("P01", "Pemilik UMKM")  # first linked
    assert first.coder == "ana" and first.code_key == "ag2008.process.trust_building"
    assert first.code_label("en") == project.codes.get(s["trust"]).label_en
    assert (rows[1].participant_code, rows[1].group, rows[1].date) == ("", "", "")
    assert rows[1].text == "Tanpa"


def test_segment_rows_own_participant_and_subcodes(project):
    s = _setup(project)
    only_dim = segment_rows(project, [s["dim"]])
    assert [(r.text, r.participant_code, r.valence) for r in only_dim] == [
        ("😀", "P02", "contradicts")]
    with_subs = segment_rows(project, [s["dim"]], include_subcodes=True)
    assert {r.segment_id for r in with_subs} == {s["own"], s["spoken"], s["plain"]}
    assert segment_rows(project, []) == []


def test_code_counts_roll_up(project):
    s = _setup(project)
    counts = code_counts(project)
    trust, dim = counts[s["trust"]], counts[s["dim"]]
    assert (trust.segments, trust.sources, trust.total_segments, trust.total_sources) == (
        2, 2, 2, 2)
    assert (dim.segments, dim.sources, dim.total_segments, dim.total_sources) == (1, 1, 3, 2)
    root = counts[project.codes.get(s["dim"]).parent_id]
    assert (root.segments, root.total_segments, root.total_sources) == (0, 3, 2)
    assert counts[project.codes.resolve("deseve2007").id].total_segments == 0


def test_memo_rows_describe_targets(project):
    s = _setup(project)
    project.memos.add("study", None, "Umum", "isi")
    project.memos.add("source", s["src"], "Sumber")
    project.memos.add("code", s["trust"], "Kode")
    project.memos.add("segment", s["own"], "Segmen")
    project.memos.add("participant", s["p1"], "Peserta")
    rows = memo_rows(project, "en")
    labels = [(r.target_type, r.target_label, r.title) for r in rows]
    assert labels[0] == ("study", "", "Umum")
    assert labels[1] == ("source", "Wawancara", "Sumber")
    assert labels[2][0] == "code" and labels[2][1] == project.codes.get(s["trust"]).label_en
    assert labels[3] == ("segment", "saling percaya", "Segmen")
    assert labels[4] == ("participant", "P01", "Peserta")
    assert memo_rows(project, "id")[2].target_label == project.codes.get(s["trust"]).label_id
