"""REFI-QDA export: schema validity, archive layout, and how Telaah's data is mapped."""

from __future__ import annotations

import json
import zipfile

import pytest
from test_refi_support import populate, qde_of, schema

from exporters.refi import write_qdc, write_qdpx
from resources.refi import CODEBOOK_NS, PROJECT_NS, normalise_guid
from storage.errors import ValidationError
from storage.progress import Cancelled

Q = f"{{{PROJECT_NS}}}"


@pytest.fixture
def study(project):
    populate(project)
    return project


def test_qdpx_validates_and_holds_the_source_texts(study, tmp_path):
    result = write_qdpx(study, tmp_path / "study.qdpx")
    assert (result.sources, result.segments, result.memos, result.participants) == (2, 3, 5, 2)
    root = qde_of(tmp_path / "study.qdpx")
    schema("project").assertValid(root)
    assert root.tag == f"{Q}Project" and root.get("origin") == "Telaah"
    with zipfile.ZipFile(tmp_path / "study.qdpx") as archive:
        names = set(archive.namelist())
        for source in study.sources.list():
            element = next(e for e in root.iter(f"{Q}TextSource") if e.get("guid") == source.guid)
            assert element.get("plainTextPath") == f"internal://{source.guid}.txt"
            assert f"sources/{source.guid}.txt" in names
            data = archive.read(f"sources/{source.guid}.txt")
            assert data.decode("utf-8") == study.sources.text(source.id)


def test_codebook_keeps_nesting_colour_and_both_languages(study, tmp_path):
    write_qdpx(study, tmp_path / "study.qdpx")
    root = qde_of(tmp_path / "study.qdpx")
    custom = study.codes.resolve("Digital skills")
    element = next(e for e in root.iter(f"{Q}Code") if e.get("guid") == custom.guid)
    assert element.get("name") == "Keterampilan digital"   # report language 'id'
    assert element.get("color") == "#123abc"
    assert [c.get("name") for c in element.findall(f"{Q}Code")] == ["Marketplace"]
    assert element.findtext(f"{Q}Description") is None     # no Telaah text for others
    with zipfile.ZipFile(tmp_path / "study.qdpx") as archive:
        extras = json.loads(archive.read("telaah-extras.json"))
    assert extras["codes"][custom.guid] == {"label_en": "Digital skills",
                                            "definition_en": "Skills to sell online",
                                            "lang": "id"}
    trust = study.codes.resolve("ag2008.process.trust_building")
    element = next(e for e in root.iter(f"{Q}Code") if e.get("guid") == trust.guid)
    assert element.findtext(f"{Q}Description") == trust.definition_id
    extra = extras["codes"][trust.guid]
    assert extra["node_id"] == "ag2008.process.trust_building"
    assert extra["label_en"] == trust.label_en and extra["framework"] == "ag2008"


def test_users_are_the_coders_with_stable_guids(study, tmp_path):
    write_qdpx(study, tmp_path / "a.qdpx")
    write_qdpx(study, tmp_path / "b.qdpx")
    users = [{u.get("name"): u.get("guid") for u in qde_of(tmp_path / name).iter(f"{Q}User")}
             for name in ("a.qdpx", "b.qdpx")]
    assert set(users[0]) == {"Ani", "Budi"} and users[0] == users[1]
    selection = next(qde_of(tmp_path / "a.qdpx").iter(f"{Q}PlainTextSelection"))
    assert selection.get("creatingUser") in users[0].values()


def test_selections_codings_and_valence(study, tmp_path):
    write_qdpx(study, tmp_path / "study.qdpx")
    root = qde_of(tmp_path / "study.qdpx")
    with zipfile.ZipFile(tmp_path / "study.qdpx") as archive:
        valences = json.loads(archive.read("telaah-extras.json"))["selections"]
    by_guid = {e.get("guid"): e for e in root.iter(f"{Q}PlainTextSelection")}
    for segment in study.segments.all():
        element = by_guid[segment.guid]
        assert (int(element.get("startPosition")), int(element.get("endPosition"))) == (
            segment.start, segment.end)
        codings = element.findall(f"{Q}Coding")
        assert len(codings) == 1
        code = study.codes.get(segment.code_id)
        assert codings[0].find(f"{Q}CodeRef").get("targetGUID") == code.guid
        assert (element.findtext(f"{Q}Description") or "") == segment.memo   # clean
        assert valences.get(segment.guid, {}).get("valence", "supports") == segment.valence


def test_cases_variables_notes_and_links(study, tmp_path):
    write_qdpx(study, tmp_path / "study.qdpx")
    root = qde_of(tmp_path / "study.qdpx")
    variables = {v.get("guid"): v.get("name") for v in root.iter(f"{Q}Variable")}
    p01 = study.participants.by_code("P01")
    case = next(c for c in root.iter(f"{Q}Case") if c.get("name") == "P01")
    values = {variables[v.find(f"{Q}VariableRef").get("targetGUID")]: v[1].text
              for v in case.findall(f"{Q}VariableValue")}
    assert values == {"Stakeholder group": "Pemilik UMKM", "Organisation": "UMKM Batik",
                      "Role": "Pemilik"}
    with zipfile.ZipFile(tmp_path / "study.qdpx") as archive:   # real names stay home
        assert "Nama Asli" not in archive.read("project.qde").decode("utf-8")
    assert len(case.findall(f"{Q}SourceRef")) == 1 and len(case.findall(f"{Q}SelectionRef")) == 1
    source = next(s for s in root.iter(f"{Q}TextSource") if s.get("name") == "Wawancara P01")
    values = {variables[v.find(f"{Q}VariableRef").get("targetGUID")]: v[1]
              for v in source.findall(f"{Q}VariableValue")}
    assert values["Technique"].text == "interview"
    assert values["Date"].tag == f"{Q}DateValue" and values["Date"].text == "2024-05-01"
    assert values["Duration (minutes)"].tag == f"{Q}IntegerValue"
    notes = {n.get("guid"): n for n in root.iter(f"{Q}Note")}
    assert len(notes) == 5
    assert [r.get("targetGUID") for r in root.findall(f"{Q}NoteRef")] == [
        m.guid for m in study.memos.list("study")]
    link = next(root.iter(f"{Q}Link"))
    assert link.get("targetGUID") == p01.guid and link.get("originGUID") in notes


def test_qdc_validates(study, tmp_path):
    result = write_qdc(study, tmp_path / "codes.qdc")
    from lxml import etree

    root = etree.parse(str(tmp_path / "codes.qdc")).getroot()
    schema("codebook").assertValid(root)
    assert root.tag == f"{{{CODEBOOK_NS}}}CodeBook"
    assert result.codes == study.codes.count() == len(list(root.iter(f"{{{CODEBOOK_NS}}}Code")))


def test_qdc_of_an_empty_codebook_is_refused(empty_project, tmp_path):
    with pytest.raises(ValidationError, match="no codes"):
        write_qdc(empty_project, tmp_path / "codes.qdc")
    assert not (tmp_path / "codes.qdc").exists()


def test_empty_project_exports_a_valid_file(empty_project, tmp_path):
    write_qdpx(empty_project, tmp_path / "empty.qdpx")
    schema("project").assertValid(qde_of(tmp_path / "empty.qdpx"))


def test_characters_xml_cannot_carry_are_replaced(empty_project, tmp_path):
    code = empty_project.codes.add("Bad\x01label")
    source = empty_project.sources.add("document", "Doc\x0b", "teks \x07 biasa")
    empty_project.segments.add(source, code, 0, 4, memo="memo\x1b", coder="A\ufffe")
    write_qdpx(empty_project, tmp_path / "odd.qdpx")
    root = qde_of(tmp_path / "odd.qdpx")
    schema("project").assertValid(root)
    assert next(root.iter(f"{Q}Code")).get("name") == "Bad\ufffdlabel"
    with zipfile.ZipFile(tmp_path / "odd.qdpx") as archive:  # the text file stays exact
        assert archive.read(f"sources/{empty_project.sources.list()[0].guid}.txt") == \
            b"teks \x07 biasa"


def test_cancelled_export_leaves_no_file(study, tmp_path):
    calls = []

    def progress(done, total, text):
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(Cancelled):
        write_qdpx(study, tmp_path / "study.qdpx", progress)
    assert list(tmp_path.glob("*.qdpx*")) == [] and list(tmp_path.glob(".*part")) == []


def test_guids_that_are_not_guids_get_stable_ones(empty_project, tmp_path):
    from resources.refi import guid_for_export

    assert guid_for_export("{ABCDEF01-2345-6789-ABCD-EF0123456789}") == \
        "abcdef01-2345-6789-abcd-ef0123456789"
    made = guid_for_export("not-a-guid", "code")
    assert normalise_guid(made) == made == guid_for_export("not-a-guid", "code")
