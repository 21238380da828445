"""Write the bundled demo study (`resources/demo/demo_study.json`) into a new project.

The demo is fictional material written for Telaah: a city government, an e-commerce
platform and an embassy helping UMKM export. Codings in the data file name their quote
text rather than offsets, so the file stays readable and editable; offsets are found
here with `str.find` (code points). The whole study is written as one action.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storage import Project
from storage.errors import ImportFailedError

DEMO_FILE = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo_study.json"


def load_demo_data(path: Path = DEMO_FILE) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def write_demo(path: str | Path, data: dict[str, Any] | None = None,
               coder: str = "") -> Project:
    """Create `path` holding the demo study; returns the project open for `coder`
    (the demo's own codings carry the names written in the demo data)."""
    data = data or load_demo_data()
    study = data["study"]

    def fill(project: Project) -> None:
        with project.action("Write demo study"):
            _fill(project, data)

    return Project.create(Path(path), title=study["title"],
                          frameworks=study.get("frameworks", []),
                          deseve_variant=study.get("deseve_variant"), coder=coder,
                          fill=fill)


def _fill(project: Project, data: dict[str, Any]) -> None:
    study = data["study"]
    project.study.update(**{k: study[k] for k in (
        "research_questions", "site", "period_start", "period_end", "notes") if k in study})
    participants = _add_participants(project, data)
    sources = _add_sources(project, data, participants)
    custom = _add_custom_codes(project, data)
    _add_codings(project, data, sources, custom)
    _add_memos(project, data, sources, participants)
    _add_network(project, data, sources)
    for verdict in data.get("verdicts", []):
        code = project.codes.resolve(verdict["code"])
        project.evaluation.set_judgement(code.id, verdict=verdict["verdict"],
                                         conclusion=verdict.get("conclusion", ""),
                                         author="Peneliti")


def _add_participants(project: Project, data: dict[str, Any]) -> dict[str, int]:
    for name in data.get("groups", []):
        if project.participants.group_by_name(name) is None:
            project.participants.add_group(name)
    ids = {}
    for person in data["participants"]:
        ids[person["code"]] = project.participants.add(
            person["code"], name=person.get("name", ""),
            aliases="; ".join(person.get("aliases", [])),
            organisation=person.get("organisation", ""),
            group_id=project.participants.resolve_group(person["group"]),
            role=person.get("role", ""), consent_status=person.get("consent_status", "given"),
            consent_date=person.get("consent_date"), notes=person.get("notes", ""))
    return ids


_SOURCE_KEYS = ("date", "place", "interviewer", "duration_minutes", "event", "observer",
                "author", "doc_type", "memo", "language", "data_type")


def _add_sources(project: Project, data: dict[str, Any], participants: dict[str, int]):
    sources = {}
    for item in data["sources"]:
        values = {k: item[k] for k in _SOURCE_KEYS if item.get(k) is not None}
        linked = [participants[code] for code in item.get("participants", [])]
        source_id = project.sources.add(item["kind"], item["title"], item["text"],
                                        participant_ids=linked, **values)
        sources[item["key"]] = (source_id, item["text"])
    return sources


def _add_custom_codes(project: Project, data: dict[str, Any]) -> dict[str, int]:
    ids = {}
    for code in data.get("custom_codes", []):
        ids[code["key"]] = project.codes.add(
            code.get("label_en", ""), code.get("label_id", ""),
            definition_en=code.get("definition_en", ""),
            definition_id=code.get("definition_id", ""), color=code.get("color", "#9e9e9e"))
    return ids


def _add_codings(project: Project, data: dict[str, Any], sources, custom) -> None:
    for coding in data["codings"]:
        source_id, text = sources[coding["source"]]
        start = _find(text, coding["quote"], coding.get("occurrence", 1), coding["source"])
        key = coding["code"]
        code_id = custom[key[7:]] if key.startswith("custom:") else project.codes.resolve(key).id
        segment_id = project.segments.add(source_id, code_id, start, start + len(coding["quote"]),
                                          valence=coding.get("valence", "supports"),
                                          coder=coding.get("coder", "Asisten peneliti"))
        if coding.get("memo"):
            project.memos.add("segment", segment_id, "", coding["memo"],
                              author="Asisten peneliti")


def _find(text: str, quote: str, occurrence: int, source_key: str) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise ImportFailedError(f"Demo data: the quote '{quote[:40]}…' is not in source "
                                    f"'{source_key}'.")
    return start


def _add_network(project: Project, data: dict[str, Any], sources) -> None:
    """Actors (group from the participants of that organisation) and evidenced ties."""
    network = data.get("network") or {}
    group_of = {p.organisation: p.group_id for p in project.participants.list()}
    for actor in network.get("actors", []):
        group = group_of.get(actor["name"])
        if group is None and actor.get("group"):
            found = project.participants.group_by_name(actor["group"])
            group = found.id if found else None
        project.network.add_actor(actor["name"], sector=actor["sector"], group_id=group,
                                  notes=actor.get("notes", ""))
    for tie in network.get("ties", []):
        source_id, text = sources[tie["source"]]
        start = _find(text, tie["quote"], tie.get("occurrence", 1), tie["source"])
        project.network.add_tie(tie["from"], tie["to"], tie["type"], source_id, start,
                                start + len(tie["quote"]), coder="Asisten peneliti")


def _add_memos(project: Project, data: dict[str, Any], sources, participants) -> None:
    for memo in data.get("memos", []):
        target = memo["target"]
        kind, _, key = target.partition(":")
        if kind == "study":
            target_id = None
        elif kind == "source":
            target_id = sources[key][0]
        elif kind == "participant":
            target_id = participants[key]
        else:
            target_id = project.codes.resolve(key).id
        created = f"{memo['date']}T09:00:00+07:00" if memo.get("date") else None
        project.memos.add(kind, target_id, memo.get("title", ""), memo.get("body", ""),
                          author=memo.get("author", "Peneliti"), created=created)
