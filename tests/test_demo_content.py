"""The bundled demo study (resources/demo/demo_study.json): shape, counts and internal consistency.

Plain pytest on the JSON file alone: no Qt, no storage. The demo is what supervisors see first,
so these tests pin the properties the rest of the app relies on to show something meaningful:
enough sources of each kind, quotes that really occur in their source, codes that exist in the
codebook, contradicting evidence, indicators with thin or no evidence, and the awkward text
(emoji, combining marks, aliases) that import, search and pseudonymisation must cope with.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "resources" / "demo" / "demo_study.json"
REFERENCE = REPO.parent / "shared" / "frameworks" / "REFERENCE.md"
NODE_HEADING = re.compile(r"^##### `([a-z0-9_.]+)`$")

GROUPS = [
    "Instansi pemerintah",
    "Perwakilan RI di luar negeri (KBRI/KJRI)",
    "Platform/perusahaan swasta",
    "Mitra/lembaga asing",
    "Pemilik UMKM",
    "Pendamping/asosiasi",
    "Lainnya",
]
# DeSeve "delapan item" (v8). governance.mutual_trust is left out on purpose: it is an alias node
# that carries no codes of its own (evidence goes to trust_among_participants).
DESEVE_V8_CODABLE = [
    "deseve2007.networked_structure",
    "deseve2007.commitment_common_purpose",
    "deseve2007.trust_among_participants",
    "deseve2007.governance",
    "deseve2007.governance.boundary_exclusivity",
    "deseve2007.governance.rules",
    "deseve2007.governance.self_determination",
    "deseve2007.access_to_authority",
    "deseve2007.distributive_accountability",
    "deseve2007.information_sharing",
    "deseve2007.access_to_resources",
]
ALIAS_NODES = {"deseve2007.governance.mutual_trust"}
TEXT_LENGTHS = {"interview": (3000, 6000), "observation": (2000, 4000), "document": (1500, 3000)}
MIN_SOURCES = {"interview": 7, "observation": 2, "document": 2}
KIND_FIELDS = {
    "interview": {"place", "interviewer", "participants", "duration_minutes", "recording_path"},
    "observation": {"place", "event", "participants", "observer"},
    "document": {"author", "doc_type"},
}
PERIOD = (date(2025, 2, 1), date(2025, 9, 30))
SPEAKER = re.compile(r"^(Pewawancara|P\d{2}):", re.M)


@pytest.fixture(scope="module")
def demo() -> dict:
    return json.loads(DEMO.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sources(demo) -> dict[str, dict]:
    return {source["key"]: source for source in demo["sources"]}


@pytest.fixture(scope="module")
def participants(demo) -> dict[str, dict]:
    return {person["code"]: person for person in demo["participants"]}


@pytest.fixture(scope="module")
def custom_keys(demo) -> set[str]:
    return {f"custom:{code['key']}" for code in demo["custom_codes"]}


def _reference_ids() -> set[str]:
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    return {match.group(1) for line in lines if (match := NODE_HEADING.match(line))}


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


def _span(text: str, quote: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        assert start >= 0
    return start, start + len(quote)


def test_top_level_shape(demo):
    assert list(demo) == [
        "study",
        "groups",
        "participants",
        "sources",
        "codings",
        "custom_codes",
        "memos",
        "verdicts",
        "network",
    ]
    raw = DEMO.read_text(encoding="utf-8")
    assert "\\u" not in raw, "write with ensure_ascii=False"
    assert raw.startswith('{\n "study"'), "write with indent=1"


def test_study(demo):
    study = demo["study"]
    for key in ("title", "research_questions", "site", "period_start", "period_end", "notes"):
        assert isinstance(study[key], str) and study[key].strip(), key
    assert 2 <= len(study["research_questions"].strip().splitlines()) <= 3
    assert _is_date(study["period_start"]) and _is_date(study["period_end"])
    assert study["period_start"] < study["period_end"]
    assert study["frameworks"] == ["ag2008", "deseve2007"]
    assert study["deseve_variant"] == "v8"


def test_groups_are_the_seeded_names(demo):
    assert demo["groups"] == GROUPS


def test_participants(demo, participants):
    people = demo["participants"]
    assert len(people) >= 8
    assert len(participants) == len(people), "participant codes must be unique"
    assert len({person["group"] for person in people}) >= 5
    for person in people:
        assert re.fullmatch(r"P\d{2}", person["code"])
        assert person["group"] in demo["groups"]
        assert person["name"].strip() and person["organisation"].strip() and person["role"].strip()
        assert person["aliases"] and all(alias.strip() for alias in person["aliases"])
        assert person["consent_status"] in {"given", "pending", "withdrawn"}
        if person["consent_status"] != "pending":
            assert _is_date(person["consent_date"]), person["code"]
        assert isinstance(person["notes"], str)


def test_sources_common_fields(demo, sources):
    assert len(sources) == len(demo["sources"]), "source keys must be unique"
    for source in demo["sources"]:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", source["key"])
        assert source["kind"] in KIND_FIELDS
        assert KIND_FIELDS[source["kind"]] <= source.keys(), source["key"]
        assert source["title"].strip()
        assert (
            _is_date(source["date"])
            and PERIOD[0] <= date.fromisoformat(source["date"]) <= PERIOD[1]
        )
        assert source["language"] == "id"
        assert source["data_type"] in {"primary", "secondary"}
        assert isinstance(source["memo"], str)
        assert isinstance(source["text"], str)


def test_source_counts_and_lengths(demo):
    by_kind = defaultdict(list)
    for source in demo["sources"]:
        by_kind[source["kind"]].append(source)
    for kind, minimum in MIN_SOURCES.items():
        assert len(by_kind[kind]) >= minimum, kind
    for kind, (low, high) in TEXT_LENGTHS.items():
        for source in by_kind[kind]:
            assert low <= len(source["text"]) <= high, (source["key"], len(source["text"]))


def test_sources_spread_over_time(demo):
    months = {source["date"][:7] for source in demo["sources"]}
    assert len(months) >= 6
    assert min(months) <= "2025-03" and max(months) >= "2025-08"


def test_interviews_are_transcripts_of_their_participants(demo, participants):
    groups = set()
    for source in demo["sources"]:
        if source["kind"] != "interview":
            continue
        assert source["participants"], source["key"]
        assert source["recording_path"] is None
        assert isinstance(source["duration_minutes"], int) and source["duration_minutes"] > 0
        speakers = set(SPEAKER.findall(source["text"]))
        assert "Pewawancara" in speakers, source["key"]
        assert speakers - {"Pewawancara"} == set(source["participants"]), source["key"]
        groups.update(participants[code]["group"] for code in source["participants"])
    assert len(groups) >= 4


def test_referenced_participants_exist(demo, participants):
    for source in demo["sources"]:
        for code in source.get("participants", []):
            assert code in participants, (source["key"], code)
    for memo in demo["memos"]:
        if memo["target"].startswith("participant:"):
            assert memo["target"].split(":", 1)[1] in participants


def test_aliases_occur_in_transcripts_for_pseudonymisation(demo):
    corpus = "\n".join(source["text"] for source in demo["sources"])
    named = [
        person["code"]
        for person in demo["participants"]
        if any(alias in corpus for alias in person["aliases"])
    ]
    assert len(named) >= 6
    assert any(person["name"] in corpus for person in demo["participants"])


def test_awkward_text_is_present(demo):
    corpus = "\n".join(source["text"] for source in demo["sources"])
    assert "👍🏽" in corpus and "🙏" in corpus
    assert any(unicodedata.combining(char) for char in corpus)


def test_codings_quote_their_source(demo, sources):
    codings = demo["codings"]
    assert len(codings) >= 75
    for coding in codings:
        assert coding["source"] in sources, coding
        assert coding["valence"] in {"supports", "contradicts"}
        assert isinstance(coding["occurrence"], int) and coding["occurrence"] >= 1
        assert 60 <= len(coding["quote"]) <= 400, coding["quote"]
        text = sources[coding["source"]]["text"]
        assert text.count(coding["quote"]) >= coding["occurrence"], coding["quote"]


def test_codings_use_known_codes(demo, custom_keys):
    codes = {coding["code"] for coding in demo["codings"]}
    custom_used = {code for code in codes if code.startswith("custom:")}
    assert custom_used, "the custom codes should be used"
    assert custom_used <= custom_keys
    assert not codes & ALIAS_NODES
    framework_codes = codes - custom_used
    assert all(code.startswith(("ag2008.", "deseve2007.")) for code in framework_codes)
    if REFERENCE.is_file():
        assert framework_codes <= _reference_ids()


def _known_ids() -> set[str]:
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not present")
    return _reference_ids()


def test_coverage_of_both_frameworks(demo):
    codes = [coding["code"] for coding in demo["codings"]]
    ag_nodes = {code for code in codes if code.startswith("ag2008.") and code.count(".") >= 2}
    assert len(ag_nodes) >= 15
    assert set(DESEVE_V8_CODABLE) <= set(codes)
    assert sum(coding["valence"] == "contradicts" for coding in demo["codings"]) >= 12


@pytest.mark.skipif(not REFERENCE.is_file(), reason=f"{REFERENCE} is not present")
def test_some_indicators_have_no_evidence(demo):
    coded = {coding["code"] for coding in demo["codings"]}
    ag_indicators = {
        node for node in _reference_ids() if node.startswith("ag2008.") and node.count(".") >= 2
    }
    assert len(ag_indicators - coded) >= 2


def test_some_indicators_rest_on_one_technique_or_one_group(demo, sources, participants):
    kinds, groups = defaultdict(set), defaultdict(set)
    for coding in demo["codings"]:
        source = sources[coding["source"]]
        kinds[coding["code"]].add(source["kind"])
        if source["kind"] == "interview":
            groups[coding["code"]].update(participants[p]["group"] for p in source["participants"])
    assert sum(len(found) == 1 for found in kinds.values()) >= 3
    assert sum(len(found) == 1 for found in groups.values()) >= 3


def test_some_codings_overlap(demo, sources):
    spans = defaultdict(list)
    for coding in demo["codings"]:
        text = sources[coding["source"]]["text"]
        spans[coding["source"]].append(
            (_span(text, coding["quote"], coding["occurrence"]), coding["code"])
        )
    same_passage = partial_overlap = 0
    for items in spans.values():
        for i, ((a_start, a_end), a_code) in enumerate(items):
            for (b_start, b_end), b_code in items[i + 1 :]:
                if (a_start, a_end) == (b_start, b_end) and a_code != b_code:
                    same_passage += 1
                elif a_start < b_end and b_start < a_end:
                    partial_overlap += 1
    assert same_passage >= 2 and partial_overlap >= 2


def test_a_repeated_quote_uses_occurrence(demo, sources):
    repeated = [coding for coding in demo["codings"] if coding["occurrence"] > 1]
    assert repeated
    for coding in repeated:
        assert sources[coding["source"]]["text"].count(coding["quote"]) >= coding["occurrence"]


def test_custom_codes(demo):
    custom = demo["custom_codes"]
    assert len(custom) == 2
    assert len({code["key"] for code in custom}) == 2
    for code in custom:
        assert re.fullmatch(r"[a-z0-9_]+", code["key"])
        for field in ("label_en", "label_id", "definition_en", "definition_id"):
            assert code[field].strip(), field
        assert re.fullmatch(r"#[0-9a-f]{6}", code["color"])
        assert code["parent"] is None


def test_memos(demo, sources, participants, custom_keys):
    memos = demo["memos"]
    assert 5 <= len(memos) <= 8
    for memo in memos:
        kind, _, ref = memo["target"].partition(":")
        assert kind in {"study", "source", "code", "participant"}, memo["target"]
        if kind == "source":
            assert ref in sources
        elif kind == "participant":
            assert ref in participants
        elif kind == "code":
            assert ref.startswith(("ag2008.", "deseve2007.")) or f"custom:{ref}" in custom_keys
        assert memo["title"].strip() and memo["body"].strip()
        assert memo["author"] in {"Peneliti", "Asisten peneliti"}
        assert _is_date(memo["date"])


def test_memo_and_verdict_codes_exist(demo):
    known = _known_ids()
    for memo in demo["memos"]:
        if memo["target"].startswith("code:"):
            assert memo["target"][len("code:") :] in known
    for verdict in demo["verdicts"]:
        assert verdict["code"] in known


def test_verdicts(demo):
    verdicts = demo["verdicts"]
    assert 4 <= len(verdicts) <= 6
    assert len({verdict["code"] for verdict in verdicts}) == len(verdicts)
    for verdict in verdicts:
        assert verdict["verdict"] in {"met", "partly_met", "not_optimal", "not_found"}
        assert len(verdict["conclusion"]) >= 80
