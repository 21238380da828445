"""`verdict`, `keyquote` and `group` on the command line; bilingual groups; the v8 alias."""

from __future__ import annotations

import json

import pytest
from test_analysis import INFO, build_study

from cli.main import run
from storage import Project

ALIAS = "deseve2007.governance.mutual_trust"


@pytest.fixture
def study_path(tmp_path, monkeypatch):
    monkeypatch.setenv("TELAAH_CODER", "Tester")
    project, ids = build_study(tmp_path / "constructed.telaah")
    project.close()
    return tmp_path / "constructed.telaah", ids


def _json(capsys, argv):
    assert run(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_verdict_set_clear_list_with_history(study_path, capsys):
    path, _ids = study_path
    assert run(["verdict", "set", str(path), INFO, "--verdict", "partly_met",
                "--conclusion", "Hanya data agregat."]) == 0
    assert run(["verdict", "set", str(path), INFO, "--verdict", "Terpenuhi"]) == 0  # a label
    assert run(["verdict", "clear", str(path), INFO]) == 0
    capsys.readouterr()
    data = _json(capsys, ["verdict", "list", str(path), "--json"])
    row = data[INFO]
    assert row["verdict"] is None
    assert row["conclusion"] == "Hanya data agregat."
    assert [h["verdict"] for h in row["history"]] == ["partly_met", "met", None]


def test_verdict_refuses_unknown_key_and_indicator(study_path, capsys):
    path, _ids = study_path
    assert run(["verdict", "set", str(path), INFO, "--verdict", "maybe"]) == 2
    assert "no verdict 'maybe'" in capsys.readouterr().err
    assert run(["verdict", "set", str(path), "nope.code", "--verdict", "met"]) == 2
    with Project.open(path) as project:
        assert project.evaluation.judgements() == {}


def test_keyquote_add_remove_goes_to_the_indicator(study_path, capsys):
    path, ids = study_path
    assert run(["keyquote", "add", str(path), str(ids["r1"])]) == 0  # coded at a sub-code
    with Project.open(path) as project:
        assert project.evaluation.key_quotes(ids["dialogue"]) == [ids["r1"]]
    assert run(["keyquote", "remove", str(path), str(ids["r1"])]) == 0
    with Project.open(path) as project:
        assert project.evaluation.key_quotes(ids["dialogue"]) == []
    assert run(["keyquote", "add", str(path), "99999"]) == 2


def test_group_add_list_rename_and_english_labels(study_path, capsys):
    path, _ids = study_path
    assert run(["group", "add", str(path), "Akademisi", "--en", "Academics",
                "--non-state"]) == 0
    assert run(["group", "rename", str(path), "ACADEMICS", "--id", "Perguruan tinggi",
                "--state"]) == 0
    assert run(["participant", "add", str(path), "P09", "--group", "UMKM owner"]) == 0
    assert run(["group", "add", str(path), "Lain", "--en", "umkm OWNER"]) == 2  # clash
    capsys.readouterr()
    groups = _json(capsys, ["group", "list", str(path), "--json"])
    by_id = {g["id"]: g for g in groups}
    assert by_id["Perguruan tinggi"] == {"id": "Perguruan tinggi", "en": "Academics",
                                         "state": "state", "position": 7}
    assert by_id["Perwakilan RI di luar negeri (KBRI/KJRI)"]["state"] == "state"
    assert by_id["Mitra/lembaga asing"]["en"] == "Foreign partner/institution"
    assert "Kedutaan/mitra luar negeri" not in by_id
    people = _json(capsys, ["participant", "list", str(path), "--json"])
    p09 = next(p for p in people if p["code"] == "P09")
    assert (p09["group"], p09["group_en"]) == ("Pemilik UMKM", "UMKM owner")


def test_v8_governance_item_a_is_shown_and_codes_trust(tmp_path):
    project = Project.create(tmp_path / "v8.telaah", frameworks=["deseve2007"])
    try:
        codes = {c.node_id: c for c in project.codes.list()}
        assert ALIAS not in codes  # the default preset is v9
    finally:
        project.close()
    with Project.create(tmp_path / "v8b.telaah", coder="Tester") as v8:
        with v8.action("Add DeSeve v8") as act:
            v8.codes.add_framework(act, "deseve2007", "v8")
        codes = {c.node_id: c for c in v8.codes.list()}
        alias = codes[ALIAS]
        assert alias.parent_id == codes["deseve2007.governance"].id
        assert alias.label_id == "Adanya saling percaya di antara para pelaku"
        assert v8.codes.resolve(ALIAS).node_id == "deseve2007.trust_among_participants"
        source = v8.sources.add("interview", "W", "Kami saling percaya.")
        segment = v8.segments.add(source, alias.id, 0, 10)
        assert v8.segments.get(segment).code_id == codes[
            "deseve2007.trust_among_participants"].id


def test_migration_0012_labels_old_groups_and_adds_the_v8_alias(tmp_path):
    from sqlite_utils import Database

    from storage.schema import migrations

    path = tmp_path / "old.telaah"
    db = Database(path)
    migrations.apply(db, stop_before="0012_report")
    db.execute("INSERT INTO study (id, title, created, modified) VALUES (1, 'Lama', 'x', 'x')")
    for position, name in enumerate(("Instansi pemerintah", "Kedutaan/mitra luar negeri",
                                     "Pemilik UMKM", "Komunitas")):
        db.execute("INSERT INTO groups (name, position) VALUES (?, ?)", [name, position])
    db.execute("INSERT INTO study_frameworks (framework_id, variant) VALUES ('deseve2007', 'v8')")
    db.execute("INSERT INTO codes (guid, node_id, framework_id, level, label_en, created, "
               "modified) VALUES ('g1', 'deseve2007.governance', 'deseve2007', 'indicator', "
               "'Governance', 'x', 'x')")
    db.conn.commit()
    db.close()
    with Project.open(path) as project:
        groups = {g.name: (g.label_en, g.is_state) for g in project.participants.groups()}
        assert groups == {"Instansi pemerintah": ("Government agency", 1),
                          "Kedutaan/mitra luar negeri": ("Embassy/foreign partner", None),
                          "Pemilik UMKM": ("UMKM owner", 0), "Komunitas": ("", None)}
        alias = next(c for c in project.codes.list() if c.node_id == ALIAS)
        assert project.codes.get(alias.parent_id).node_id == "deseve2007.governance"
