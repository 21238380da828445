"""The shipped framework codebooks: shape, exact ids, DeSeve presets, and freshness."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from storage.frameworks import (
    FRAMEWORKS_DIR,
    Cue,
    Framework,
    UnknownFrameworkError,
    available_frameworks,
    framework_of,
    load_framework,
    nodes_for_variant,
)

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO.parent / "shared" / "frameworks" / "REFERENCE.md"
BUILD_SCRIPT = REPO / "tools" / "build_frameworks.py"
FRAMEWORK_IDS = ["ag2008", "deseve2007", "enb2012"]

needs_reference = pytest.mark.skipif(not REFERENCE.is_file(), reason=f"{REFERENCE} is not present")


@pytest.fixture(params=FRAMEWORK_IDS)
def framework(request: pytest.FixtureRequest) -> Framework:
    return load_framework(request.param)


def _ids(nodes) -> list[str]:
    return [node.id for node in nodes]


def test_all_three_frameworks_are_available_and_load():
    assert available_frameworks() == FRAMEWORK_IDS
    for framework_id in FRAMEWORK_IDS:
        loaded = load_framework(framework_id)
        assert loaded.id == framework_id
        assert loaded.reference_version == "1.0"
        assert loaded.root.id == framework_id
        assert loaded.root.level == "framework"
        assert loaded.nodes[0] is loaded.root


def test_load_is_cached():
    assert load_framework("ag2008") is load_framework("ag2008")


@needs_reference
def test_node_count_matches_reference_headings():
    headings = [
        line.split("`")[1]
        for line in REFERENCE.read_text(encoding="utf-8").splitlines()
        if line.startswith("##### ")
    ]
    for framework_id in FRAMEWORK_IDS:
        expected = [h for h in headings if framework_of(h) == framework_id]
        assert _ids(load_framework(framework_id).nodes) == expected


def test_citations_and_short_labels():
    ag, deseve, enb = (load_framework(f) for f in FRAMEWORK_IDS)
    assert ag.short_label_en == "Ansell & Gash (2008)"
    assert deseve.short_label_en == "DeSeve (2007)"
    assert enb.short_label_en == "Emerson, Nabatchi & Balogh (2012)"
    assert ag.citation.startswith("Ansell, C., & Gash, A. (2008). Collaborative governance")
    assert "10.1093/jopart/mum032" in ag.citation
    assert deseve.citation.startswith("DeSeve, G. E. (2007). Creating public value")
    assert "10.1093/jopart/mur011" in enb.citation
    for loaded in (ag, deseve, enb):
        assert "*" not in loaded.citation
        assert loaded.short_label_id


@pytest.mark.parametrize(
    "node_id",
    [
        "ag2008.process.trust_building",
        "ag2008.process.face_to_face_dialogue.good_faith_negotiation",
        "ag2008.starting_conditions.power_resource_knowledge_asymmetry",
        "ag2008.outcomes",
        "deseve2007.trust_among_participants",
        "deseve2007.governance.network_management",
        "deseve2007.distributive_leadership",
        "enb2012.dynamics.capacity_for_joint_action.knowledge",
        "enb2012.system_context.socioeconomic_cultural",
        "enb2012.adaptation",
    ],
)
def test_exact_ids_exist(node_id: str):
    loaded = load_framework(framework_of(node_id))
    assert node_id in loaded
    assert loaded.node(node_id).id == node_id


def test_trust_building_fields():
    node = load_framework("ag2008").node("ag2008.process.trust_building")
    assert node.level == "indicator"
    assert node.parent == "ag2008.process"
    assert node.status == "source"
    assert node.label_id == "Membangun kepercayaan"
    assert "pembangunan kepercayaan" in node.aliases_id
    assert len(node.cues) == 3
    assert node.cues[0] == Cue(
        speaker="UMKM",
        text=node.cues[0].text,
        gloss="trust grows from experience",
    )
    assert node.cues[0].text.startswith("Awalnya kami curiga")
    assert node.counter_cue is not None and node.counter_cue.speaker == "UMKM"
    assert node.alias_of is None


def test_deseve_mutual_trust_is_an_alias():
    deseve = load_framework("deseve2007")
    alias = deseve.node("deseve2007.governance.mutual_trust")
    assert alias.status == "alias"
    assert alias.alias_of == "deseve2007.trust_among_participants"
    assert alias.alias_of in deseve
    assert alias.variants == ("v8",)
    assert alias.cues == ()
    assert [n.id for n in deseve.nodes if n.alias_of] == [alias.id]


def test_parents_exist_in_same_file_and_come_first(framework: Framework):
    seen: set[str] = set()
    for node in framework.nodes:
        if node is framework.root:
            assert node.parent is None
        else:
            assert node.parent in seen, node.id
            assert node.id.startswith(node.parent + "."), node.id
            assert node in framework.children(node.parent)
        seen.add(node.id)
    assert [n.id for n in framework.nodes if n.parent is None] == [framework.id]


def test_ids_are_unique_and_prefixed(framework: Framework):
    ids = _ids(framework.nodes)
    assert len(ids) == len(set(ids))
    assert all(framework_of(node_id) == framework.id for node_id in ids)


def test_every_node_has_labels_and_definitions(framework: Framework):
    for node in framework.nodes:
        for text in (node.label_en, node.label_id, node.def_en, node.def_id):
            assert text.strip(), node.id
        assert node.level in {"framework", "dimension", "indicator", "sub"}
        assert node.status in {"source", "source-secondary", "operational", "alias"}


def test_cues_are_complete(framework: Framework):
    for node in framework.nodes:
        if node.level == "indicator":
            assert node.cues, node.id
        if node.cues:
            assert len(node.cues) >= 2, node.id
        cues = node.cues + ((node.counter_cue,) if node.counter_cue else ())
        for cue in cues:
            assert cue.speaker in {"Dinas", "Platform", "Kedubes", "UMKM", "Pendamping"}
            assert cue.text and cue.gloss, node.id
            assert not cue.text.startswith('"') and not cue.gloss.endswith(")")


def test_children_and_node_lookup_errors():
    ag = load_framework("ag2008")
    assert _ids(ag.children("ag2008.process.commitment_to_process")) == [
        "ag2008.process.commitment_to_process.mutual_interdependence",
        "ag2008.process.commitment_to_process.shared_ownership",
        "ag2008.process.commitment_to_process.openness_mutual_gains",
    ]
    assert ag.children("ag2008.outcomes") == ()
    with pytest.raises(KeyError, match="ag2008.nope"):
        ag.node("ag2008.nope")


def test_deseve_variant_lists():
    deseve = load_framework("deseve2007")
    assert list(deseve.variants) == ["v9", "v8", "v7"]
    assert len(deseve.variants["v9"]) == 13
    assert len(deseve.variants["v8"]) == 12
    assert len(deseve.variants["v7"]) == 7
    assert load_framework("ag2008").variants == {}
    assert load_framework("enb2012").variants == {}


def test_v9_shows_all_but_the_v8_alias():
    deseve = load_framework("deseve2007")
    shown = _ids(nodes_for_variant(deseve, "v9"))
    assert shown == [n.id for n in deseve.nodes if n.id != "deseve2007.governance.mutual_trust"]


def test_v8_hides_leadership_and_network_management_and_shows_alias():
    deseve = load_framework("deseve2007")
    shown = _ids(nodes_for_variant(deseve, "v8"))
    hidden = {"deseve2007.distributive_leadership", "deseve2007.governance.network_management"}
    assert shown == [n.id for n in deseve.nodes if n.id not in hidden]
    assert "deseve2007.governance.mutual_trust" in shown
    top = [n for n in nodes_for_variant(deseve, "v8") if n.parent == "deseve2007"]
    assert len(top) == 8  # the "delapan item" list


def test_v7_also_hides_governance_and_its_subs():
    deseve = load_framework("deseve2007")
    shown = _ids(nodes_for_variant(deseve, "v7"))
    assert shown == [
        "deseve2007",
        "deseve2007.networked_structure",
        "deseve2007.commitment_common_purpose",
        "deseve2007.trust_among_participants",
        "deseve2007.access_to_authority",
        "deseve2007.distributive_accountability",
        "deseve2007.information_sharing",
        "deseve2007.access_to_resources",
    ]


def test_variant_edge_cases():
    deseve = load_framework("deseve2007")
    assert nodes_for_variant(deseve, None) == list(deseve.nodes)
    with pytest.raises(ValueError, match="v9, v8, v7"):
        nodes_for_variant(deseve, "v6")
    for framework_id in ("ag2008", "enb2012"):
        loaded = load_framework(framework_id)
        assert nodes_for_variant(loaded, "v8") == list(loaded.nodes)


def test_unknown_framework_raises_with_known_ids():
    with pytest.raises(UnknownFrameworkError) as caught:
        load_framework("ostrom1990")
    message = str(caught.value)
    assert "ostrom1990" in message
    assert all(framework_id in message for framework_id in FRAMEWORK_IDS)
    assert isinstance(caught.value, ValueError)
    with pytest.raises(UnknownFrameworkError):
        load_framework("../frameworks/ag2008")


def test_framework_of():
    assert framework_of("enb2012.dynamics.shared_motivation") == "enb2012"
    assert framework_of("deseve2007") == "deseve2007"
    with pytest.raises(ValueError):
        framework_of("")


@needs_reference
def test_json_files_match_a_fresh_build(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), str(REFERENCE), "--out-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    built = sorted(path.name for path in tmp_path.glob("*.json"))
    assert built == [f"{framework_id}.json" for framework_id in FRAMEWORK_IDS]
    for name in built:
        assert (tmp_path / name).read_bytes() == (FRAMEWORKS_DIR / name).read_bytes(), name


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_frameworks", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SYNTHETIC = """\
## 1. Sources
### 1.1 Frameworks
- **Doe, J. (2001).** A *model*. Journal, 1(1),
  1–2.
  - a note that is not part of the citation

## 2. Doe (2001): `doe2001`

##### `doe2001`
- level: framework
- parent: —
- status: source
- label_en: Root
- label_id: Akar
- def_en: Root
  definition.
- def_id: Definisi akar.

##### `doe2001.part`
- level: dimension
- parent: `doe2001`
- status: operational
- label_en: Part
- label_id: Bagian
- aliases_id: satu; dua ;
- def_en: A part.
- def_id: Sebuah bagian.
- cues:
  1. [UMKM] "Kalimat yang
     dibungkus." (EN: a wrapped
     cue)
  2. [Dinas] "Dua." (EN: two (2))
- counter_cue: [Pendamping] "Tidak." (EN: no)

## 7. Verification
Reference version: **1.0**.
"""


def test_builder_joins_wrapped_lines():
    (framework,) = _load_builder().parse_reference(SYNTHETIC)
    assert framework["citation"] == "Doe, J. (2001). A model. Journal, 1(1), 1–2."
    root, part = framework["nodes"]
    assert root["parent"] is None and root["def_en"] == "Root definition."
    assert part["aliases_id"] == ["satu", "dua"]
    assert part["cues"] == [
        {"speaker": "UMKM", "text": "Kalimat yang dibungkus.", "gloss": "a wrapped cue"},
        {"speaker": "Dinas", "text": "Dua.", "gloss": "two (2)"},
    ]
    assert part["counter_cue"] == {"speaker": "Pendamping", "text": "Tidak.", "gloss": "no"}
    assert "variants" not in framework


def test_builder_rejects_a_block_it_cannot_read():
    builder = _load_builder()
    broken = SYNTHETIC.replace("- label_en: Part\n", "- label_en: Part\n- colour: red\n")
    with pytest.raises(builder.ReferenceFormatError, match="colour"):
        builder.parse_reference(broken)
    missing = SYNTHETIC.replace("- def_id: Sebuah bagian.\n", "")
    with pytest.raises(builder.ReferenceFormatError, match="def_id"):
        builder.parse_reference(missing)
