"""REFI-QDA as real tools write it: positions in each tool's unit, nothing invented,
nothing lost (isCodable, users, times, case descriptions, memos QualCoder can read)."""

from __future__ import annotations

import json
import zipfile

import pytest
from refi_conventions import field_text, tool_file, utf16_offset, word_spans
from test_refi_support import TEXT, G, foreign_project, maker, populate, qde_of, schema, write_qdpx

from exporters.refi import write_qdpx as export_qdpx
from importers.refi import import_refi_file
from storage.errors import ValidationError

Q = "{urn:QDA-XML:project:1.0}"


def coded_words(project) -> list[str]:
    source = project.sources.list()[0]
    text = project.sources.text(source.id)
    return sorted(text[s.start:s.end] for s in project.segments.for_source(source.id))


@pytest.mark.parametrize(("origin", "unit", "bom"), [
    ("NVivo 12 for Windows", "utf16", True),      # UTF-16 units, CRLF two, BOM not counted
    ("NVivo 12.7 for Mac", "utf16", False),
    ("", "utf16", False),                          # no origin: the data decides
    ("ATLAS.ti 23.2", "codepoints", False),
    ("MAXQDA 24", "codepoints", True),
    ("QualCoder 3.5", "codepoints", False),
])
def test_positions_land_on_the_same_words_in_every_tools_unit(empty_project, tmp_path,
                                                              origin, unit, bom):
    text = field_text()
    spans = word_spans(text)[::3]
    path = tool_file(tmp_path / "tool.qdpx", text, spans, origin=origin, unit=unit, bom=bom)
    summary = import_refi_file(empty_project, path)
    assert coded_words(empty_project) == sorted(text[a:b] for a, b in spans)
    reading = "UTF-16 code units" if unit == "utf16" else "code points"
    assert f"positions were read as {reading}" in summary.describe()


def test_a_text_without_astral_characters_needs_no_reading(empty_project, tmp_path):
    text = "Kami percaya pada Dinas Koperasi dan KBRI Paris."
    path = tool_file(tmp_path / "plain.qdpx", text, word_spans(text), origin="NVivo 12",
                     unit="utf16")
    summary = import_refi_file(empty_project, path)
    assert coded_words(empty_project) == sorted(text[a:b] for a, b in word_spans(text))
    assert "positions were read" not in summary.describe()


def test_utf16_export_for_nvivo_and_back(project, tmp_path):
    ids = populate(project)
    start = TEXT.index("pada")                                            # after the emoji
    segment_id = project.segments.add(ids["sources"][0], ids["codes"][0], start, start + 4)
    segment = project.segments.get(segment_id)
    path = export_qdpx(project, tmp_path / "nvivo.qdpx", positions="utf16").path
    root = qde_of(path)
    schema("project").assertValid(root)
    assert "UTF-16" in root.get("origin")
    element = next(e for e in root.iter(f"{Q}PlainTextSelection") if e.get("guid") == segment.guid)
    assert int(element.get("startPosition")) == utf16_offset(TEXT, start) == start + 1
    again = export_qdpx(project, tmp_path / "standard.qdpx").path
    element = next(e for e in qde_of(again).iter(f"{Q}PlainTextSelection")
                   if e.get("guid") == segment.guid)
    assert int(element.get("startPosition")) == start                     # code points


def test_utf16_export_reimports_onto_the_same_words(project, empty_project, tmp_path):
    populate(project)
    path = export_qdpx(project, tmp_path / "nvivo.qdpx", positions="utf16").path
    import_refi_file(empty_project, path)
    words = lambda p: sorted(p.sources.text(s.source_id)[s.start:s.end]  # noqa: E731
                             for s in p.segments.all())
    assert words(empty_project) == words(project)


def test_plain_text_path_without_a_scheme_is_found_in_sources(empty_project, tmp_path):
    path = write_qdpx(tmp_path / "bare.qdpx", foreign_project(text_path="board_2017.txt"),
                      {"sources/board_2017.txt": TEXT.encode()})
    summary = import_refi_file(empty_project, path)
    assert empty_project.segments.count() == 2
    assert "read from sources/board_2017.txt" in summary.describe()


def _category_project():
    root = foreign_project(content=TEXT)
    parent = next(c for c in root.iter(f"{Q}Code") if c.get("name") == "Parent")
    parent.set("isCodable", "false")
    return root


def test_is_codable_false_is_kept_both_ways(empty_project, tmp_path):
    import_refi_file(empty_project, write_qdpx(tmp_path / "cat.qdpx", _category_project()))
    parent = empty_project.codes.resolve("Parent")
    assert parent.codable == 0 and empty_project.codes.resolve("Sub").codable == 1
    source = empty_project.sources.list()[0].id
    with pytest.raises(ValidationError, match="category only"):
        empty_project.segments.add(source, parent.id, 0, 4)
    root = qde_of(export_qdpx(empty_project, tmp_path / "out.qdpx").path)
    flags = {c.get("name"): c.get("isCodable") for c in root.iter(f"{Q}Code")}
    assert flags["Parent"] == "false" and flags["Sub"] == "true"


def test_users_times_and_case_descriptions_survive(empty_project, tmp_path):
    root = foreign_project(content=TEXT)
    e = maker()
    root.find(f"{Q}Users").append(e.User(guid="11111111-2222-4333-8444-555555555555",
                                         name="Never Coded"))
    case = root.find(f".//{Q}Case")
    case.insert(0, e.Description("Kepala bidang, diwawancarai dua kali"))
    source = root.find(f".//{Q}TextSource")
    source.set("creationDateTime", "2019-03-18T09:30:00+07:00")
    coding = root.find(f".//{Q}Coding")
    coding.set("creationDateTime", "2019-04-01T10:00:00Z")
    import_refi_file(empty_project, write_qdpx(tmp_path / "in.qdpx", root))
    p07 = empty_project.participants.by_code("P07")
    assert p07.notes == "Kepala bidang, diwawancarai dua kali"
    # the export leaves out participants who may not be quoted (issue 13): P07 consents
    empty_project.participants.update(p07.id, consent_status="given")
    out = qde_of(export_qdpx(empty_project, tmp_path / "out.qdpx").path)
    users = {u.get("name"): u.get("guid") for u in out.iter(f"{Q}User")}
    assert users == {"Sebastian": G["user"].strip("{}").lower(),
                     "Never Coded": "11111111-2222-4333-8444-555555555555"}
    exported_source = out.find(f".//{Q}TextSource")
    assert exported_source.get("creationDateTime") == "2019-03-18T02:30:00Z"
    selections = {s.findtext(f"{Q}Coding/{Q}CodeRef") or s.find(f"{Q}Coding/{Q}CodeRef").get(
        "targetGUID"): s for s in out.iter(f"{Q}PlainTextSelection")}
    assert any(s.get("creationDateTime") == "2019-04-01T10:00:00Z" for s in selections.values())
    assert out.find(f".//{Q}Case/{Q}Description").text == "Kepala bidang, diwawancarai dua kali"
    for element in out.iter():
        for name in ("creationDateTime", "modifiedDateTime"):
            assert element.get(name) is None or element.get(name).endswith("Z")


def test_nothing_is_invented(empty_project, tmp_path):
    root = foreign_project(content=TEXT)
    for code in root.iter(f"{Q}Code"):
        code.attrib.pop("color", None)
    import_refi_file(empty_project, write_qdpx(tmp_path / "in.qdpx", root))
    assert all(c.color == "" and c.display_color.startswith("#")
               for c in empty_project.codes.list())
    out = qde_of(export_qdpx(empty_project, tmp_path / "out.qdpx").path)
    assert all(c.get("color") is None for c in out.iter(f"{Q}Code"))
    names = {v.get("name") for v in out.iter(f"{Q}Variable")}
    assert "Language" not in names


def test_telaah_data_travels_beside_the_xml_and_descriptions_stay_clean(project, empty_project,
                                                                        tmp_path):
    populate(project)
    path = export_qdpx(project, tmp_path / "study.qdpx").path
    with zipfile.ZipFile(path) as archive:
        qde = archive.read("project.qde").decode("utf-8")
        extras = json.loads(archive.read("telaah-extras.json"))
    assert "[Telaah]" not in qde
    assert extras["format"] == "telaah-extras" and extras["selections"]
    import_refi_file(empty_project, path)
    assert {s.valence for s in empty_project.segments.all()} == {"supports", "contradicts"}
    node_ids = {c.node_id for c in empty_project.codes.list() if c.node_id}
    assert "ag2008.process.trust_building" in node_ids


def test_the_old_trailer_form_is_still_read(empty_project, tmp_path):
    root = foreign_project(content=TEXT)
    root.find(f".//{Q}PlainTextSelection/{Q}Description").text = (
        'a comment\n\n[Telaah] {"valence":"contradicts"}')
    import_refi_file(empty_project, write_qdpx(tmp_path / "old.qdpx", root))
    segments = empty_project.segments.all()
    assert {s.valence for s in segments} == {"contradicts"}
    assert {s.memo for s in segments} == {"a comment"}


def qualcoder_journals(path) -> dict[str, str]:
    """Memos as QualCoder's reader finds them: only Notes with a plainTextPath whose
    file is in the archive become journals."""
    found = {}
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        for note in qde_of(path).iter(f"{Q}Note"):
            reference = note.get("plainTextPath") or ""
            entry = "sources/" + reference.removeprefix("internal://")
            if reference and entry in names:
                found[note.get("name")] = archive.read(entry).decode("utf-8")
    return found


def test_every_memo_reaches_a_reader_following_qualcoders_rules(project, tmp_path):
    populate(project)
    path = export_qdpx(project, tmp_path / "study.qdpx").path
    journals = qualcoder_journals(path)
    assert journals == {m.title: m.body for m in project.memos.list()}
    root = qde_of(path)
    schema("project").assertValid(root)
    variables = {v.get("guid"): v.get("name") for v in root.iter(f"{Q}Variable")}
    source = next(s for s in root.iter(f"{Q}TextSource") if s.get("name") == "Wawancara P01")
    values = {variables[v.find(f"{Q}VariableRef").get("targetGUID")]: v[1].text
              for v in source.findall(f"{Q}VariableValue")}
    assert values["Participants"] == "P01"


def test_a_different_selection_user_is_noted(empty_project, tmp_path):
    root = foreign_project(content=TEXT)
    e = maker()
    root.find(f"{Q}Users").append(e.User(guid="11111111-2222-4333-8444-555555555555",
                                         name="Ayu"))
    root.find(f".//{Q}Coding").set("creatingUser", "11111111-2222-4333-8444-555555555555")
    summary = import_refi_file(empty_project, write_qdpx(tmp_path / "u.qdpx", root))
    assert "coded by another" in summary.describe()
    assert {s.coder for s in empty_project.segments.all()} == {"Ayu", "Sebastian"}


def test_cli_writes_utf16_positions_on_request(project, tmp_path):
    from cli.main import run

    populate(project)
    path = project.path
    project.close()
    out = tmp_path / "nvivo.qdpx"
    assert run(["export", str(path), "--format", "qdpx", "--output", str(out),
                "--positions", "utf16"]) == 0
    assert "UTF-16" in qde_of(out).get("origin")
