"""The collaboration network: ties coded from passages, measures, form, CLI."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from analysis.network import NetworkFilter, degree_centralisation, layout, network_view
from cli.main import run
from storage.errors import ValidationError

TEXT = ("Dinas dan PasarNusa menandatangani MoU. Kedutaan berbagi informasi pasar. "
        "PasarNusa dan kedutaan berselisih soal kemasan.")


@pytest.fixture
def net(project):
    source = project.sources.add("interview", "W1", TEXT, date="2025-03-01")
    names = ["Dinas", "PasarNusa", "Kedutaan", "APUS"]
    ids = {n: project.network.add_actor(n, sector="state" if n in ("Dinas", "Kedutaan")
                                        else "non_state") for n in names}
    return project, source, ids


def test_a_tie_is_a_coded_passage_and_undoes_as_one_step(net):
    project, source, ids = net
    changes = []
    project.subscribe(changes.append)
    tie_id = project.network.add_tie("Dinas", "PasarNusa", "agreement", source, 0, 38)
    tie = project.network.tie(tie_id)
    segment = project.segments.get(tie.segment_id)
    code = project.codes.get(segment.code_id)
    assert (segment.start, segment.end) == (0, 38) and code.label_en == "Formal agreement / MoU"
    assert project.codes.get(code.parent_id).node_id == "deseve2007.networked_structure"
    marked = changes[-1]
    project.undo(marked)
    assert project.network.ties() == [] and project.segments.count() == 0
    project.redo(marked)
    assert [t.id for t in project.network.ties()] == [tie_id]


def test_without_deseve_ties_sit_under_a_category_of_their_own(empty_project):
    source = empty_project.sources.add("interview", "W1", TEXT)
    for name in ("Dinas", "PasarNusa"):
        empty_project.network.add_actor(name)
    tie = empty_project.network.tie(empty_project.network.add_tie(
        "Dinas", "PasarNusa", "agreement", source, 0, 38))
    parent = empty_project.codes.get(
        empty_project.codes.get(empty_project.segments.get(tie.segment_id).code_id).parent_id)
    assert (parent.label_en, parent.codable) == ("Collaboration network", 0)


def test_removing_the_passage_removes_the_tie(net):
    project, source, _ids = net
    tie = project.network.tie(project.network.add_tie("Dinas", "Kedutaan", "information",
                                                      source, 40, 73))
    project.segments.delete(tie.segment_id)
    assert project.network.ties() == []


@pytest.mark.parametrize(("first", "second", "kind", "message"), [
    ("Dinas", "Dinas", "agreement", "cannot be tied to itself"),
    ("Dinas", "Nobody", "agreement", "no actor 'Nobody'"),
    ("Dinas", "APUS", "friendship", "no tie type 'friendship'"),
])
def test_bad_ties_are_refused(net, first, second, kind, message):
    project, source, _ids = net
    with pytest.raises(ValidationError, match=message):
        project.network.add_tie(first, second, kind, source, 0, 5)
    assert project.network.ties() == [] and project.segments.count() == 0


def test_an_actor_with_ties_goes_only_with_them(net):
    project, source, ids = net
    project.network.add_tie("Dinas", "PasarNusa", "agreement", source, 0, 38)
    with pytest.raises(ValidationError, match="has 1 tie"):
        project.network.delete_actor(ids["Dinas"])
    project.network.delete_actor(ids["Dinas"], with_ties=True)
    assert project.network.ties() == [] and project.segments.count() == 0
    assert "Dinas" not in {a.name for a in project.network.actors()}


def test_measures_match_networkx_on_a_known_graph(net):
    project, source, _ids = net
    for other in ("PasarNusa", "Kedutaan", "APUS"):           # a star around Dinas
        project.network.add_tie("Dinas", other, "joint_activity", source, 0, 5)
    view = network_view(project)
    star = nx.star_graph(3)
    assert view.measures.density == pytest.approx(nx.density(star))
    hub = project.network.resolve_actor("Dinas").id
    assert view.measures.degree[hub] == pytest.approx(1.0)
    assert view.measures.betweenness[hub] == pytest.approx(
        nx.betweenness_centrality(star)[0])
    assert view.measures.centralisation == pytest.approx(1.0)
    assert (view.measures.form, view.measures.centre) == ("lead_organisation", hub)
    project.network.update_actor(hub, administrative=True)
    assert network_view(project).measures.form == "administrative_organisation"


def test_a_dense_even_network_is_shared_governance(net):
    project, source, _ids = net
    names = ["Dinas", "PasarNusa", "Kedutaan", "APUS"]
    for index, first in enumerate(names):
        for second in names[index + 1:]:
            project.network.add_tie(first, second, "joint_activity", source, 0, 5)
    view = network_view(project)
    assert view.measures.density == pytest.approx(1.0)
    assert degree_centralisation(nx.complete_graph(4)) == 0.0
    assert view.measures.form == "shared_governance"


def test_filters_weights_and_layout(net):
    project, source, _ids = net
    other = project.sources.add("observation", "O1", TEXT, date="2025-09-01")
    project.network.add_tie("Dinas", "PasarNusa", "agreement", source, 0, 38)
    project.network.add_tie("Dinas", "PasarNusa", "agreement", other, 0, 38)
    project.network.add_tie("PasarNusa", "Kedutaan", "conflict", source, 75, 121)
    view = network_view(project)
    agreement = next(e for e in view.edges if e.type_key == "agreement")
    assert (agreement.passages, agreement.sources) == (2, 2)
    only = network_view(project, NetworkFilter(types={"conflict"}))
    assert [e.type_key for e in only.edges] == ["conflict"]
    assert len(network_view(project, NetworkFilter(techniques={"observation"})).edges) == 1
    assert len(network_view(project, NetworkFilter(date_from="2025-06-01")).edges) == 1
    positions = layout(view)
    assert set(positions) == {a.id for a in view.actors}
    project.network.save_positions({a: (0.5, -0.5) for a in positions})
    assert set(layout(network_view(project)).values()) == {(0.5, -0.5)}


def test_cli_tie_add_network_json_and_map(project, tmp_path, capsys):
    source = project.sources.add("interview", "W1", TEXT)
    path = str(project.path)
    project.close()
    for name in ("Dinas", "PasarNusa"):
        assert run(["actor", "add", path, name]) == 0
    tie = ["tie", "add", path, "--from", "Dinas", "--to", "PasarNusa", "--type", "agreement",
           "--source", str(source), "--start", "0", "--end", "38"]
    assert run(tie) == 2 and "No coder is set" in capsys.readouterr().err
    assert run([*tie, "--coder", "Ayu"]) == 0
    capsys.readouterr()
    assert run(["network", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"actors", "ties", "measures"}
    assert data["ties"][0]["from"] == "Dinas" and data["ties"][0]["passages"] == 1
    assert {"density", "degree_centralisation", "suggested_form"} <= set(data["measures"])
    assert {"degree", "betweenness"} <= set(data["actors"][0])
    for suffix, magic in ((".svg", b"<?xml"), (".png", b"\x89PNG")):
        out = tmp_path / f"map{suffix}"
        assert run(["network", path, "--output", str(out)]) == 0
        assert out.read_bytes().startswith(magic)


@pytest.mark.parametrize("args", [
    ["--from", "Dinas", "--to", "Dinas", "--type", "agreement"],
    ["--from", "Dinas", "--to", "PasarNusa", "--type", "nope"],
])
def test_cli_refuses_bad_ties_with_one_line(project, capsys, args):
    source = project.sources.add("interview", "W1", TEXT)
    project.network.add_actor("Dinas")
    project.network.add_actor("PasarNusa")
    path = str(project.path)
    project.close()
    code = run(["tie", "add", path, *args, "--source", str(source), "--start", "0",
                "--end", "5", "--coder", "Ayu"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_the_demo_study_has_a_network(tmp_path):
    from importers.demo import write_demo

    project = write_demo(tmp_path / "demo.telaah")
    try:
        view = network_view(project)
        assert len(view.actors) >= 6 and sum(e.passages for e in view.edges) >= 12
        for tie in project.network.ties():
            text = project.sources.text(tie.source_id)[tie.start:tie.end]
            assert text.strip()
        assert view.measures.form is not None
    finally:
        project.close()


def test_the_report_and_workbook_carry_the_network(tmp_path):
    import zipfile

    import openpyxl
    from docx import Document

    from exporters.excel.workbook import write_xlsx
    from exporters.options import ExportOptions
    from exporters.word.report import write_docx
    from importers.demo import write_demo

    project = write_demo(tmp_path / "demo.telaah")
    try:
        docx = write_docx(project, tmp_path / "r.docx", ExportOptions(language="en"))
        xlsx = write_xlsx(project, tmp_path / "r.xlsx", ExportOptions(language="en"))
        passages = len(project.network.ties())
    finally:
        project.close()
    document = Document(str(docx))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Collaboration network" in headings
    assert any(p.text.startswith("Figure ") and "Map of the collaboration network" in p.text
               for p in document.paragraphs)
    with zipfile.ZipFile(docx) as archive:
        pictures = [n for n in archive.namelist() if n.startswith("word/media/")]
    assert pictures and all(n.endswith(".png") for n in pictures)
    measures = next(t for t in document.tables if t.rows[0].cells[0].text == "Actor")
    assert "Dinas Koperasi dan UKM Kota Sukamaju" in {r.cells[0].text for r in measures.rows}
    workbook = openpyxl.load_workbook(xlsx)
    ties = workbook["Ties"]
    assert [c.value for c in ties[1]][:3] == ["From", "To", "Tie type"]
    assert sum(row[4].value for row in ties.iter_rows(min_row=2)) == passages
    assert workbook["Network"].max_row == 8                 # 7 actors + header


def test_the_network_travels_through_refi_qda(tmp_path, empty_project):
    from exporters.refi import write_qdpx
    from importers.demo import write_demo
    from importers.refi import import_refi_file

    demo = write_demo(tmp_path / "demo.telaah")
    try:
        before = network_view(demo)
        path = write_qdpx(demo, tmp_path / "demo.qdpx").path
    finally:
        demo.close()
    summary = import_refi_file(empty_project, path)
    after = network_view(empty_project)
    shape = lambda view: sorted((view.actor(e.first).name, view.actor(e.second).name,  # noqa: E731
                                 e.type_key, e.passages) for e in view.edges)
    assert shape(after) == shape(before)
    assert "network tie(s) came in" in summary.describe()
