"""Issue 13 over the outputs main added since (issues 14, 16, 17, 20, 21): the REFI-QDA
extras entry and note files, the network map and sheets, the survey and guide exports,
the team handout, and encrypted projects handed out and merged back.

The demo study's network has the actor "CV Lintas Samudra Kargo", the identifying
organisation of P11 (consent pending): pseudonymised it is "Organisasi P11".
"""

from __future__ import annotations

import json
import zipfile

import openpyxl
import pytest

from cli.main import run
from exporters.excel.workbook import write_xlsx
from exporters.options import ExportOptions
from exporters.refi import write_qdpx
from importers.coder_copies import open_copies
from importers.demo import write_demo
from resources.refi import EXTRAS_ENTRY
from storage import Project
from storage.encryption import is_encrypted
from storage.errors import TelaahError
from storage.handout import prepare_copy
from storage.merge import merge

ORGANISATION = "CV Lintas Samudra Kargo"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    project = write_demo(folder / "demo.telaah", coder="Tester")
    project.privacy.set_always_replace(["Ruang Kabid"])
    yield project, folder
    project.close()


def test_the_extras_entry_and_note_files_are_pseudonymised_and_follow_consent(demo):
    project, folder = demo
    target = folder / "extras.qdpx"
    write_qdpx(project, target, pseudonymize=True)
    with zipfile.ZipFile(target) as archive:
        extras = json.loads(archive.read(EXTRAS_ENTRY))
        qde = archive.read("project.qde").decode()
        notes = [archive.read(n).decode() for n in archive.namelist() if n.startswith("sources/")]
    actors = {a["name"] for a in extras["network"]["actors"]}
    assert ORGANISATION not in actors and "Organisasi P11" in actors
    assert "Dinas Koperasi dan UKM Kota Sukamaju" in actors  # an agency stays
    assert ORGANISATION not in json.dumps(extras, ensure_ascii=False)
    assert all(ORGANISATION not in text for text in notes)
    # every selection and tie in the extras is one the archive holds (consent applied)
    for guid in [*extras["selections"], *(t["selection"] for t in extras["network"]["ties"])]:
        assert f'guid="{guid}"' in qde


def test_ties_evidenced_by_a_participant_left_out_are_left_out_of_the_extras(demo):
    project, folder = demo
    target = folder / "consent.qdpx"
    write_qdpx(project, target)
    with zipfile.ZipFile(target) as archive:
        extras = json.loads(archive.read(EXTRAS_ENTRY))
        qde = archive.read("project.qde").decode()
    kept = [t["selection"] for t in extras["network"]["ties"]]
    assert all(f'guid="{guid}"' in qde for guid in kept)
    assert len(kept) <= len(project.network.ties())


def test_the_network_sheets_are_pseudonymised(demo):
    project, folder = demo
    target = folder / "network.xlsx"
    write_xlsx(project, target, ExportOptions(pseudonymize=True, include_real_names=True))
    book = openpyxl.load_workbook(target, read_only=True)
    cells = {str(c) for name in ("Relasi", "Jejaring")   # the Ties and Network sheets (id)
             for row in book[name].iter_rows(values_only=True) for c in row if c}
    assert "Organisasi P11" in cells and ORGANISATION not in cells


def test_the_network_command_pseudonymises_on_request(demo, capsys):
    project, folder = demo
    copy = folder / "network-cli.telaah"
    project.db.conn.execute(f"VACUUM INTO '{copy}'")
    assert run(["network", str(copy), "--json", "--pseudonymize"]) == 0
    out = capsys.readouterr().out
    assert "Organisation P11" in out and ORGANISATION not in out  # --lang en
    assert run(["network", str(copy), "--json"]) == 0
    assert ORGANISATION in capsys.readouterr().out


def test_a_pseudonymised_handout_leaves_no_protected_term_in_the_copy(demo):
    from exporters.privacy.handout import pseudonymize_copy
    from exporters.privacy.pseudonymize import Pseudonymizer

    project, folder = demo
    path = prepare_copy(project, folder / "sari.telaah", coder="Sari",
                        rewrite=pseudonymize_copy).path
    pseudo = Pseudonymizer.for_project(project)
    with Project.open(path, coder="Sari") as copy:
        for source in copy.sources.list():
            assert pseudo.find(copy.sources.text(source.id)) is None, source.title
            assert pseudo.find(source.title) is None
        for memo in copy.memos.list():
            assert pseudo.find(memo.body) is None
        people = copy.participants.list()
        assert all(p.name == "" and p.aliases == "" for p in people)
        assert next(p for p in people if p.code == "P11").organisation == "Organisasi P11"


@pytest.fixture
def encrypted(tmp_path):
    from storage.encryption import change_password

    path = tmp_path / "secret.telaah"
    with Project.create(path, title="Rahasia", frameworks=["ag2008"], coder="Lead") as project:
        person = project.participants.add("P01", name="Budi Santoso")
        project.sources.add("interview", "W1", "Pak Budi bilang kami saling percaya.",
                            participant_ids=[person])
    change_password(path, None, "sandi")
    return path


def test_a_copy_of_an_encrypted_project_is_encrypted_and_merges_back(encrypted, tmp_path):
    with Project.open(encrypted, password="sandi", coder="Lead") as lead:
        copy_path = prepare_copy(lead, tmp_path / "sari.telaah", coder="Sari").path
        assert is_encrypted(copy_path)
        with Project.open(copy_path, password="sandi", coder="Sari") as copy:
            source = copy.sources.by_title("W1").id
            code = copy.codes.resolve("ag2008.process.trust_building").id
            copy.segments.add(source, code, 0, 8)
        with open_copies(lead, [copy_path]) as copies:
            merge(lead, copies.copies)
        assert [s.coder for s in lead.segments.all()] == ["Sari"]


def test_an_encrypted_copy_of_another_key_is_refused_clearly(encrypted, tmp_path):
    from storage.encryption import change_password

    other = tmp_path / "other.telaah"
    Project.create(other, title="Lain", coder="X").close()
    change_password(other, None, "lain")
    with (Project.open(encrypted, password="sandi", coder="Lead") as lead,
          pytest.raises(TelaahError, match="encrypted")):
        open_copies(lead, [other])


def test_the_survey_workbook_is_pseudonymised_on_request(tmp_path, capsys):
    from survey_files import RESPONSES, write_csv, write_form

    path = tmp_path / "s.telaah"
    with Project.create(path, title="Uji", frameworks=["ag2008"], coder="Lead") as project:
        project.participants.add("P01", name="Budi Santoso", consent_status="given")
    rows = [list(r) for r in RESPONSES]
    rows[1][6] = "Pak Budi tidak menepati janji"
    assert run(["survey", "import-form", str(path), str(write_form(tmp_path / "f.xlsx"))]) == 0
    assert run(["survey", "import-responses", str(path), "umkm_survey",
                str(write_csv(tmp_path / "d.csv", rows=rows))]) == 0
    for flags, expected in (([], "Pak Budi"), (["--pseudonymize"], "Pak P01")):
        out = tmp_path / f"out{len(flags)}.xlsx"
        assert run(["survey", "export", str(path), "umkm_survey", "--output", str(out),
                    *flags]) == 0
        cells = {c for row in openpyxl.load_workbook(out)["responses"].values for c in row}
        assert any(isinstance(c, str) and c.startswith(expected) for c in cells)
    capsys.readouterr()
