"""Write a checked `RefiDocument` into a project as one action (one undo step).

Everything goes through the repositories inside a single `project.action(...)`, so an
error part-way rolls the whole import back. Matching with what the project holds:
codes by GUID, then by framework node id (from Telaah's trailer), then by name among
the siblings under the same parent (either label, any case); participants by GUID,
then by code; a source whose GUID is already present with the same text receives the
new codings (duplicates of existing codings are left out), with different text it is
skipped. Memos already present (same GUID) are skipped. Matched records are not
changed. A new GUID is made wherever the file's would clash. Sources without a
technique variable become documents, and the summary says so.
"""

from __future__ import annotations

import inspect
from contextlib import contextmanager, nullcontext
from datetime import date

from importers.refi.document import RefiCode, RefiDocument, RefiSelection, RefiSource
from importers.refi.extras import apply_verdicts
from importers.refi.media_sources import apply_media
from importers.refi.network_extras import apply_network
from importers.refi.summary import ImportSummary
from resources.refi import TECHNIQUE_ALIASES, check_language, normalise_guid
from storage.frameworks import UnknownFrameworkError, load_framework
from storage.gc_pause import gc_paused
from storage.models import CONSENT_STATUSES, VALENCES
from storage.segments import NewSegment
from storage.stamps import local, new_guid

DEFAULT_TECHNIQUE = "document"
_TEXT_FIELDS = ("language", "place", "interviewer", "event", "observer", "author",
                "doc_type")


@contextmanager
def _action(project, label: str, journal: bool):
    """`project.action`, unjournaled (no undo, faster) for a new project when supported."""
    if not journal and "journal" in inspect.signature(project.action).parameters:
        with project.action(label, journal=False) as act:
            yield act
    else:
        with project.action(label) as act:
            yield act


def apply_document(project, doc: RefiDocument, *, new_project: bool = False,
                   label_language: str = "id") -> ImportSummary:
    """Write `doc` into `project` in one action; returns what came in and what did not.

    A foreign code's name becomes its label in `label_language` ('id' or 'en'; the GUI
    and CLI pass the report language setting); Telaah's own trailer overrides it.
    """
    summary = ImportSummary(doc.path, doc.kind, doc.name, doc.origin, project.path,
                            new_project, skipped=list(doc.skipped), notices=list(doc.notices))
    with gc_paused(), _action(project, f"Import {doc.path.name}",
                              journal=not new_project) as act:
        writer = _Writer(project, act, doc, summary, check_language(label_language))
        if new_project:
            writer.study()
        writer.frameworks()
        if doc.users:
            project.users.record(doc.users)
        writer.codes()
        writer.participants()
        with act.indexes_deferred("segments") if new_project else nullcontext():
            for source in doc.sources:
                writer.source(source)
        writer.memos()
        writer.verdicts()
        apply_media(project, act, doc, writer.source_ids, writer.code_ids, summary,
                    writer.fallback_user)
        writer.network()
        writer.finish()
    summary.change = act.change
    return summary


class _Writer:
    def __init__(self, project, act, doc: RefiDocument, summary: ImportSummary,
                 label_language: str):
        self.project, self.act, self.doc, self.summary = project, act, doc, summary
        self.lang = label_language
        self.fallback_user = doc.default_user or "REFI-QDA import"
        self.code_ids: dict[str, int] = {}
        self.case_ids: dict[str, int] = {}
        self.source_ids: dict[str, int] = {}
        self.segment_of_selection: dict[str, int] = {}
        self.segment_of_coding: dict[str, int] = {}
        self.speaker: dict[str, int] = {}
        self.links: dict[str, list[int]] = {}
        self.defaulted = self.unknown_codes = self.duplicates = self.uncoded = 0
        self.on_categories = self.other_user = 0
        self.categories: set[int] = set()
        self.used: dict[str, set[str]] = {"segments": set(), "memos": set()}
        self.existing_sources: dict[str, int] = {}
        if project.sources.count() or project.memos.count():
            self.used["segments"] = {s.guid.lower() for s in project.segments.all()}
            self.used["memos"] = {m.guid.lower() for m in project.memos.list()}
            self.existing_sources = {s.guid.lower(): s.id for s in project.sources.list()}

    def free(self, table: str, guid: str) -> str:
        """`guid` unless the project (or this import) already uses it; then a new one."""
        chosen = guid if guid not in self.used[table] else new_guid()
        self.used[table].add(chosen)
        return chosen

    # -- study and frameworks -------------------------------------------------------

    def study(self) -> None:
        extra = self.doc.extra
        values = {k: extra[k] for k in ("research_questions", "site") if isinstance(
            extra.get(k), str)}
        for key in ("period_start", "period_end"):
            if isinstance(extra.get(key), str) and _is_date(extra[key]):
                values[key] = extra[key]
        if self.doc.description:
            values["notes"] = self.doc.description
        if values:
            self.project.study.update(**values)

    def frameworks(self) -> None:
        wanted: dict[str, str | None] = {}
        for pair in self.doc.extra.get("frameworks") or []:
            if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str):
                wanted[pair[0]] = pair[1]
        for code in self.doc.codes:
            framework = code.extra.get("framework")
            if isinstance(framework, str) and code.extra.get("node_id"):
                wanted.setdefault(framework, None)
        present = set(self.project.study.frameworks())
        for position, (framework_id, variant) in enumerate(wanted.items(), len(present)):
            if framework_id in present:
                continue
            try:
                framework = load_framework(framework_id)
            except UnknownFrameworkError:
                continue
            if framework.variants and variant not in framework.variants:
                variant = next(iter(framework.variants))
            self.act.insert("study_frameworks", {"framework_id": framework_id,
                                                 "variant": variant, "position": position})

    # -- codes ------------------------------------------------------------------------

    def codes(self) -> None:
        existing = self.project.codes.list()
        by_guid = {c.guid.lower(): c.id for c in existing}
        by_node = {c.node_id: c.id for c in existing if c.node_id}
        by_name: dict[tuple[int | None, str], int] = {}
        for code in existing:
            for label in (code.label_id, code.label_en):
                if label:
                    by_name.setdefault((code.parent_id, label.strip().lower()), code.id)
        for code in self.doc.codes:
            parent_id = self.code_ids.get(code.parent.guid) if code.parent else None
            node_id = code.extra.get("node_id") if isinstance(code.extra.get("node_id"),
                                                              str) else None
            found = (by_guid.get(code.guid) or (by_node.get(node_id) if node_id else None)
                     or by_name.get((parent_id, code.name.strip().lower())))
            if found:
                self.summary.codes_matched += 1
                self.code_ids[code.guid] = found
                continue
            self.code_ids[code.guid] = self.project.codes.add(
                parent_id=parent_id, guid=code.guid, node_id=node_id, **self.code_values(code))
            if not code.codable:
                self.categories.add(self.code_ids[code.guid])
            self.summary.codes_new += 1

    def code_values(self, code: RefiCode) -> dict:
        extra = {k: v for k, v in code.extra.items() if isinstance(v, str)}
        lang = extra.get("lang") if extra.get("lang") in ("id", "en") else self.lang
        other = "en" if lang == "id" else "id"
        values = {f"label_{lang}": code.name.strip() or "(unnamed code)",
                  f"label_{other}": extra.get(f"label_{other}", ""),
                  f"definition_{lang}": code.definition,
                  f"definition_{other}": extra.get(f"definition_{other}", "")}
        if extra.get("framework"):
            values["framework_id"] = extra["framework"]
        if extra.get("level"):
            values["level"] = extra["level"]
        values["cues"] = _framework_cues(extra) or extra.get("cues", "")
        values["color"] = code.color or ""       # no colour: shown in a default, not stored
        values["codable"] = int(code.codable)
        return values

    # -- participants -----------------------------------------------------------------

    def participants(self) -> None:
        repo = self.project.participants
        existing = repo.list()
        by_guid = {p.guid.lower(): p.id for p in existing}
        by_code = {p.code.lower(): p.id for p in existing}
        for number, case in enumerate(self.doc.cases, 1):
            code = case.name.strip() or f"Case {number}"
            found = by_guid.get(case.guid) or by_code.get(code.lower())
            if found:
                self.summary.participants_matched += 1
            else:
                values = {k: case.values[k] for k in ("organisation", "role") if k in case.values}
                values.update(_consent(case.values))
                group = case.values.get("group")
                if group:
                    known = repo.group_by_name(group)
                    values["group_id"] = known.id if known else repo.add_group(group)
                found = repo.add(code, guid=case.guid, notes=case.description, **values)
                by_code[code.lower()] = found
                self.summary.participants_new += 1
            self.case_ids[case.guid] = found
            for guid in case.selection_guids:
                self.speaker.setdefault(guid, found)
            for guid in case.source_guids:
                if found not in self.links.setdefault(guid, []):
                    self.links[guid].append(found)

    # -- sources and segments ---------------------------------------------------------

    def source(self, source: RefiSource) -> None:
        repo = self.project.sources
        existing = self.existing_sources.get(source.guid)
        keys: set[tuple[int, int, int]] = set()
        if existing is not None:
            if repo.text(existing) != source.text:
                self.summary.skipped.append(
                    f"text source '{source.name}': a source with the same GUID but different "
                    f"text is already in the project; its {len(source.selections)} "
                    "selection(s) were not imported")
                return
            source_id = existing
            keys = {(s.code_id, s.start, s.end) for s in self.project.segments.for_source(
                source_id)}
            self.summary.sources_merged += 1
        else:
            source_id = repo.add(guid=source.guid, participant_ids=self.links.get(
                source.guid, []), **self.source_values(source))
            self.summary.sources += 1
        self.source_ids[source.guid] = source_id
        pending: list[tuple[str, str, NewSegment]] = []
        for selection in source.selections:
            self.selection(source, source_id, selection, keys, pending)
        if not pending:
            return
        first = self.project.segments.insert_many(self.act, source_id, len(source.text),
                                                  [row for _s, _c, row in pending])
        for segment_id, (selection_guid, coding_guid, _row) in enumerate(pending, first):
            self.segment_of_selection.setdefault(selection_guid, segment_id)
            self.segment_of_coding[coding_guid] = segment_id
        self.summary.segments += len(pending)

    def source_values(self, source: RefiSource) -> dict:
        values = dict.fromkeys(("kind", "title", "text", "memo", "origin_path"), "")
        kind = TECHNIQUE_ALIASES.get(source.values.get("kind", "").strip().lower())
        if kind is None:
            kind = DEFAULT_TECHNIQUE
            self.defaulted += 1
        title = source.name if source.name.strip() else "Untitled source"
        values.update(kind=kind, title=title, text=source.text, memo=source.memo,
                      origin_path=str(self.doc.path), language="")
        values.update({k: v for k, v in (("created", local(source.created)),
                                         ("modified", local(source.modified or source.created)))
                       if v})
        for key in _TEXT_FIELDS:
            if source.values.get(key):
                values[key] = source.values[key]
        raw_date = source.values.get("date", "").strip()[:10]
        if _is_date(raw_date):
            values["date"] = raw_date
        if source.values.get("data_type", "").strip() in ("primary", "secondary"):
            values["data_type"] = source.values["data_type"].strip()
        if source.values.get("duration_minutes", "").strip().isdigit():
            values["duration_minutes"] = int(source.values["duration_minutes"])
        return values

    def selection(self, source: RefiSource, source_id: int, selection: RefiSelection,
                  keys: set, pending: list) -> None:
        """Queue one segment per coding of `selection` (or keep its comment as a memo)."""
        if not selection.codings:
            self.uncoded += 1
            if selection.memo.strip():
                excerpt = " ".join(source.text[selection.start:selection.end].split())[:60]
                self.project.memos.add(
                    "source", source_id, f"Comment on «{excerpt}»", selection.memo,
                    author=selection.user or self.fallback_user,
                    guid=self.free("memos", new_guid()))
            return
        valence = selection.extra.get("valence") if selection.extra else None
        valence = valence if valence in VALENCES else "supports"
        speaker = self.speaker.get(selection.guid)
        for coding in selection.codings:
            code_id = self.code_ids.get(coding.code_guid or "")
            if code_id is None:
                self.unknown_codes += 1
                continue
            if code_id in self.categories:
                self.on_categories += 1
                continue
            if (code_id, selection.start, selection.end) in keys:  # already on this source
                self.duplicates += 1
                continue
            guid = selection.guid if len(selection.codings) == 1 else (
                normalise_guid(coding.guid) or new_guid())
            if coding.user and selection.user and coding.user != selection.user:
                self.other_user += 1
            created = local(coding.created) or local(selection.created)
            pending.append((selection.guid, coding.guid, NewSegment(
                code_id, selection.start, selection.end, valence, speaker, coding.user
                or selection.user or self.fallback_user, selection.memo,
                self.free("segments", guid), created)))

    # -- memos ------------------------------------------------------------------------

    def memos(self) -> None:
        targets = {"study": {}, "code": self.code_ids, "source": self.source_ids,
                   "selection": self.segment_of_selection, "coding": self.segment_of_coding,
                   "case": self.case_ids}
        kinds = {"study": "study", "code": "code", "source": "source", "selection": "segment",
                 "coding": "segment", "case": "participant"}
        orphans = duplicates = 0
        for note in self.doc.notes:
            if note.guid in self.used["memos"]:
                duplicates += 1
                continue
            kind, target = self.doc.note_targets.get(note.guid, ("study", None))
            target_id = targets[kind].get(target) if kind != "study" else None
            if kind != "study" and target_id is None:
                kind, orphans = "study", orphans + 1
            self.project.memos.add(kinds[kind], target_id, note.name, note.body,
                                   author=note.user or self.fallback_user,
                                   created=local(note.created),
                                   guid=self.free("memos", note.guid))
            self.summary.memos += 1
        if duplicates:
            self.summary.skipped.append(f"{duplicates} note(s) already in the project "
                                        "(same GUID)")
        if orphans:
            self.summary.notices.append(f"{orphans} note(s) attached to something that was "
                                        "skipped were kept as memos on the study.")

    def network(self) -> None:
        """Actors and ties from the extras entry, on the selections that came in."""
        made, left = apply_network(self.act, self.project, self.doc.extras.get("network"),
                                   self.segment_of_selection, self.code_ids)
        if left:
            self.summary.skipped.append(f"{left} network tie(s) whose passage or actors "
                                        "did not come in")
        if made:
            self.summary.notices.append(f"{made} network tie(s) came in with their passages.")

    def verdicts(self) -> None:
        """Verdicts from the extras entry, for indicators not yet judged here."""
        apply_verdicts(self.project, self.doc.extras, self.code_ids, self.fallback_user)

    def finish(self) -> None:
        add, note = self.summary.skipped.append, self.summary.notices.append
        if self.unknown_codes:
            add(f"{self.unknown_codes} coding(s) naming a code that is not in the codebook")
        if self.duplicates:
            add(f"{self.duplicates} coding(s) already present on the same text")
        if self.on_categories:
            add(f"{self.on_categories} coding(s) with a code that is a category only "
                "(isCodable=\"false\")")
        if self.other_user:
            note(f"{self.other_user} selection(s) were made by one user and coded by "
                 "another; each segment carries the user of its coding.")
        if self.uncoded:
            add(f"{self.uncoded} selection(s) without any code (Telaah keeps coded segments "
                "only; their comments became memos on the source)")
        if self.defaulted:
            note(f"{self.defaulted} source(s) had no technique variable and were imported as "
                 f"'{DEFAULT_TECHNIQUE}'; change the technique in a source's details if it is "
                 "an interview or an observation.")


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


def _consent(values: dict) -> dict:
    """Consent status and date from the extras entry, when they are valid."""
    found = {}
    if values.get("consent_status") in CONSENT_STATUSES:
        found["consent_status"] = values["consent_status"]
        if found["consent_status"] == "given" and _is_date(values.get("consent_date", "")):
            found["consent_date"] = values["consent_date"]
    return found


def _framework_cues(extra: dict) -> str:
    """The cues of a framework node, taken from the framework shipped with Telaah."""
    from storage.codes import _cues_json

    try:
        node = load_framework(extra.get("framework", "")).node(extra.get("node_id", ""))
    except (UnknownFrameworkError, KeyError, TypeError):
        return ""
    return _cues_json(node) if node is not None else ""
