"""REFI-QDA import: other tools' files (generated here, and the reference samples when
present), their quirks, matching and undo."""

from __future__ import annotations

import pytest
from lxml import etree
from refi_tool_files import (
    ATLAS_84_EXPECTED,
    TAGUETTE_CODES,
    atlas_23_like,
    atlas_84_like,
    needs_reference_samples,
    taguette_like,
)
from test_refi_support import (
    ATLAS_23,
    ATLAS_84,
    TAGUETTE,
    TEXT,
    G,
    foreign_project,
    maker,
    populate,
    qde_of,
    schema,
    write_qdpx,
)

from exporters.refi import write_qdc
from exporters.refi import write_qdpx as export_qdpx
from importers.refi import import_refi_file, new_project_from_refi
from storage import Project
from storage.consistency import consistency_problems


def test_atlas_84_like_project(tmp_path):
    expected = ATLAS_84_EXPECTED
    qdpx = atlas_84_like(tmp_path / "atlas.qdpx")
    project, summary = new_project_from_refi(tmp_path / "a.telaah", qdpx)
    with project:
        assert project.study.get().title == expected["title"]
        assert (summary.codes_new, summary.sources, summary.segments, summary.memos) == (
            expected["codes"], 0, 0, expected["memos"])
        codes = {c.label_id: c for c in project.codes.list()}
        assert codes[expected["nested_label"]].definition_id == expected["nested_definition"]
        label, colour = expected["coloured"]
        assert codes[label].color == colour and codes[label].guid == codes[label].guid.lower()
        memos = {m.title: m for m in project.memos.list()}
        study_memo = memos[expected["study_memo"]]
        assert study_memo.author == expected["author"] and study_memo.target_type == "study"
        assert expected["study_memo_words"] in study_memo.body
        text = summary.describe()
        for words in (f"text source '{expected['text_source']}'", "not in the archive",
                      "picture", "PDF document", "audio source", "video source",
                      f"{expected['sets']} set(s)", "1 graph(s)", "1 link(s)"):
            assert words in text
        assert len(summary.skipped) == expected["skipped"]
        assert sum("could not be placed" in s for s in summary.skipped) == expected[
            "unplaced_sources"]
        assert consistency_problems(project) == []


def test_atlas_23_like_nested_codes(tmp_path):
    project, summary = new_project_from_refi(tmp_path / "a.telaah",
                                             atlas_23_like(tmp_path / "atlas.qdpx"))
    with project:
        parent, *children = project.codes.list()
        assert parent.label_id == "Rapat" and summary.skipped == []
        assert [c.parent_id for c in children] == [parent.id, parent.id]


def test_taguette_like_codebook_with_empty_sets(empty_project, tmp_path):
    summary = import_refi_file(empty_project, taguette_like(tmp_path / "codebook.qdc"))
    assert summary.kind == "codebook" and summary.codes_new == 3
    assert [c.label_id for c in empty_project.codes.list()] == list(TAGUETTE_CODES)


@needs_reference_samples
def test_atlas_standard_project(tmp_path):
    project, summary = new_project_from_refi(tmp_path / "a.telaah", ATLAS_84)
    with project:
        assert project.study.get().title == "ATLAS.ti standard project"
        assert (summary.codes_new, summary.sources, summary.segments, summary.memos) == (
            14, 0, 0, 2)
        codes = {c.label_id: c for c in project.codes.list()}
        assert codes["Coke::diet Coke"].definition_id == "non sucré"
        assert codes["happiness"].color == "#F00082"
        assert codes["happiness"].guid == "85d17f60-7bb0-481e-b742-b4861dd669df"
        memos = {m.title: m for m in project.memos.list()}
        assert memos["Research Plan"].author == "Friedrich Markgraf"
        assert memos["Research Plan"].target_type == "study"
        assert "dynamic team" in memos["Research Plan"].body
        text = summary.describe()
        for expected in ("text source 'Mabel.txt'", "not in the archive", "picture",
                         "PDF document", "audio source", "video source", "16 set(s)",
                         "1 graph(s)", "1 link(s)"):
            assert expected in text
        assert sum("could not be placed" in s for s in summary.skipped) == 6
        assert consistency_problems(project) == []


@needs_reference_samples
def test_atlas_23_nested_codes(tmp_path):
    project, summary = new_project_from_refi(tmp_path / "a.telaah", ATLAS_23)
    with project:
        parent, *children = project.codes.list()
        assert parent.label_id == "Commits" and summary.skipped == []
        assert [c.parent_id for c in children] == [parent.id, parent.id]


@needs_reference_samples
def test_taguette_codebook_with_empty_sets(empty_project):
    summary = import_refi_file(empty_project, TAGUETTE)
    assert summary.kind == "codebook" and summary.codes_new == 3
    assert [c.label_id for c in empty_project.codes.list()] == [
        "xsd:element name", "CodeBook", "Variables"]


def test_foreign_project_with_internal_text(empty_project, tmp_path):
    root = foreign_project(text_path="internal://69A4332D-5B31-4915-B520-5275CFC21B40.txt",
                           technique="Wawancara")
    path = write_qdpx(tmp_path / "f.qdpx", root, {
        "Sources/69a4332d-5b31-4915-b520-5275cfc21b40.txt": TEXT.encode("utf-8-sig")},
        qde_name="Project.qde")
    summary = import_refi_file(empty_project, path)
    source = empty_project.sources.list()[0]
    assert source.kind == "interview" and empty_project.sources.text(source.id) == TEXT
    assert source.guid == "69a4332d-5b31-4915-b520-5275cfc21b40"
    segments = empty_project.segments.all()
    assert {empty_project.codes.get(s.code_id).label_id for s in segments} == {"Trust", "Sub"}
    for segment in segments:  # end exclusive: the selected text exactly
        assert TEXT[segment.start:segment.end] == "pemilik UMKM"
        assert segment.memo == "a comment"
    participant = empty_project.participants.by_code("P07")
    assert participant.group == "Pemilik UMKM" and source.participant_ids == [participant.id]
    assert {s.participant_id for s in segments} == {participant.id}
    assert {s.coder for s in segments} == {"Sebastian"}
    sub = empty_project.codes.resolve("Sub")
    assert empty_project.codes.get(sub.parent_id).label_id == "Parent"
    memo = empty_project.memos.list()[0]
    assert memo.target_type == "segment" and memo.target_id in {s.id for s in segments}
    assert summary.skipped == [] and consistency_problems(empty_project) == []


@pytest.mark.parametrize("namespace", ["urn:QDA-XML:project:1:0", "urn:QDA-XML:project:0:4",
                                       ""])
def test_namespace_variants_and_plain_text_content(empty_project, tmp_path, namespace):
    path = write_qdpx(tmp_path / "f.qdpx", foreign_project(namespace, content=TEXT))
    summary = import_refi_file(empty_project, path)
    assert (summary.sources, summary.segments, summary.codes_new) == (1, 2, 3)
    assert empty_project.sources.list()[0].kind == "document"
    assert any("'document'" in n for n in summary.notices)


@pytest.mark.parametrize("namespace", ["urn:QDA-XML:codebook:1:0", "urn:QDA-XML:codebook:0:4"])
def test_codebook_namespace_variants(empty_project, tmp_path, namespace):
    e = maker(namespace)
    root = e.CodeBook(e.Codes(e.Code(e.Code(guid=G["code_child"], name="B", isCodable="false"),
                                     guid=G["code_a"], name="A", isCodable="true")))
    path = tmp_path / "c.qdc"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    assert import_refi_file(empty_project, path).codes_new == 2


def test_relative_and_absolute_text_paths(empty_project, tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "bu-sari.txt").write_text(TEXT, encoding="utf-8")
    path = write_qdpx(tmp_path / "rel.qdpx", foreign_project(text_path="relative://texts/bu-sari.txt"))
    summary = import_refi_file(empty_project, path, allow_outside_files=True)
    assert summary.sources == 1 and any("read from" in n for n in summary.notices)
    absolute = f"absolute://{(tmp_path / 'texts' / 'bu-sari.txt').as_posix()}"
    root = foreign_project(text_path=absolute)
    root.find(".//{*}TextSource").set("guid", "{11111111-2222-3333-4444-555555555555}")
    summary = import_refi_file(empty_project, write_qdpx(tmp_path / "abs.qdpx", root),
                               allow_outside_files=True)
    assert summary.sources == 1 and empty_project.sources.count() == 2


def test_missing_text_skips_the_source_but_keeps_codes(empty_project, tmp_path):
    path = write_qdpx(tmp_path / "f.qdpx", foreign_project(text_path="internal://gone.txt"))
    summary = import_refi_file(empty_project, path)
    assert summary.sources == 0 and summary.codes_new == 3 and summary.memos == 1
    assert any("gone.txt" in s and "1 selection(s)" in s for s in summary.skipped)
    assert empty_project.memos.list()[0].target_type == "study"


def test_codes_match_by_guid_name_and_node_id(project, tmp_path):
    populate(project)
    before = project.codes.count()
    write_qdc(project, tmp_path / "codes.qdc")
    summary = import_refi_file(project, tmp_path / "codes.qdc")
    assert (summary.codes_new, summary.codes_matched) == (0, before)
    root = etree.parse(str(tmp_path / "codes.qdc")).getroot()
    for code in root.iter("{*}Code"):  # new GUIDs: matched by node id, else by name
        code.set("guid", code.get("guid").upper().replace("A", "B").replace("1", "2"))
    (tmp_path / "other.qdc").write_bytes(etree.tostring(root))
    summary = import_refi_file(project, tmp_path / "other.qdc")
    assert (summary.codes_new, summary.codes_matched) == (0, before)


def test_reimport_merges_codings_into_the_same_source(project, tmp_path):
    populate(project)
    export_qdpx(project, tmp_path / "mine.qdpx")
    counts = (project.sources.count(), project.segments.count(), project.memos.count())
    summary = import_refi_file(project, tmp_path / "mine.qdpx")
    assert (project.sources.count(), project.segments.count(), project.memos.count()) == counts
    assert summary.sources_merged == 2 and summary.segments == 0


def test_import_is_one_undoable_action(project, tmp_path):
    root = foreign_project(content=TEXT)
    path = write_qdpx(tmp_path / "f.qdpx", root)
    codes = project.codes.count()
    summary = import_refi_file(project, path)
    assert summary.change.label == "Import f.qdpx"
    assert project.sources.count() == 1 and project.codes.count() == codes + 3
    project.undo(summary.change)
    assert (project.sources.count(), project.segments.count(), project.memos.count(),
            project.codes.count(), len(project.participants.list())) == (0, 0, 0, codes, 0)


def test_describe_lists_counts(tmp_path):
    project, summary = new_project_from_refi(tmp_path / "n.telaah", write_qdpx(
        tmp_path / "f.qdpx", foreign_project(content=TEXT)), title="Judul")
    with project:
        assert project.study.get().title == "Judul"
    text = summary.describe()
    assert "1 text source(s)" in text and "2 coded segment(s)" in text
    assert "1 new participant(s)" in text and str(tmp_path / "f.qdpx") in text


def test_uncoded_comments_whole_source_codings_and_unknown_variables(empty_project,
                                                                    tmp_path):
    root = foreign_project(content=TEXT)
    e = maker()
    source = root.find(".//{*}TextSource")
    variables = root.find("{*}Variables")
    variables.append(e.Variable(guid="11111111-0000-0000-0000-000000000001", name="Gender",
                                typeOfVariable="Text"))
    source.find("{*}PlainTextSelection").addnext(e.PlainTextSelection(
        e.Description("only a comment"), guid="11111111-0000-0000-0000-000000000002",
        startPosition="0", endPosition="4"))
    source.append(e.Coding(e.CodeRef(targetGUID=G["code_a"]),
                           guid="11111111-0000-0000-0000-000000000003"))
    source.append(e.VariableValue(e.VariableRef(
        targetGUID="11111111-0000-0000-0000-000000000001"), e.TextValue("female")))
    case = root.find(".//{*}Case")
    case.insert(0, e.CodeRef(targetGUID=G["code_a"]))
    root.find("{*}Notes").append(e.Note(e.PlainTextContent("about P07"),
                                        guid="11111111-0000-0000-0000-000000000004",
                                        name="Profil"))
    root.find("{*}Notes").addnext(e.Links(e.Link(
        guid="11111111-0000-0000-0000-000000000005",
        originGUID="11111111-0000-0000-0000-000000000004", targetGUID=G["case"])))
    summary = import_refi_file(empty_project, write_qdpx(tmp_path / "f.qdpx", root))
    text = summary.describe()
    assert "variable 'Gender' (1 value(s))" in text
    assert "1 code(s) applied to case 'P07'" in text
    assert "1 selection(s) without any code" in text
    whole = [s for s in empty_project.segments.all() if (s.start, s.end) == (0, len(TEXT))]
    assert len(whole) == 1
    memos = {m.title: m for m in empty_project.memos.list()}
    assert memos["Comment on «Saya»"].target_type == "source"
    assert memos["Comment on «Saya»"].body == "only a comment"
    participant = empty_project.participants.by_code("P07")
    assert (memos["Profil"].target_type, memos["Profil"].target_id) == (
        "participant", participant.id)
    assert consistency_problems(empty_project) == []


def test_generated_tool_files_are_what_the_tools_write(tmp_path):
    """ATLAS.ti's files validate; Taguette's empty <Sets/> does not (as in the samples)."""
    atlas = qde_of(atlas_84_like(tmp_path / "atlas.qdpx"))
    assert schema().validate(atlas)
    assert schema().validate(qde_of(atlas_23_like(tmp_path / "atlas23.qdpx")))
    taguette = etree.parse(str(taguette_like(tmp_path / "codebook.qdc")))
    assert not schema("codebook").validate(taguette)


def test_the_label_language_is_an_input(tmp_path):
    """The same file gives the same codebook on any machine: the caller names the language."""
    path = write_qdpx(tmp_path / "f.qdpx", foreign_project(content=TEXT))
    labels = {}
    for language in ("id", "en"):
        with Project.create(tmp_path / f"{language}.telaah") as project:
            import_refi_file(project, path, label_language=language)
            trust = next(c for c in project.codes.list() if "Trust" in (c.label_en, c.label_id))
            labels[language] = (trust.label_id, trust.label_en)
    assert labels == {"id": ("Trust", ""), "en": ("", "Trust")}
    with Project.create(tmp_path / "fr.telaah") as project, pytest.raises(ValueError):
        import_refi_file(project, path, label_language="fr")
