"""Telaah's extras entry of a `.qdpx`: what REFI-QDA has no place for, read back.

Telaah writes `telaah-extras.json` beside `project.qde` (the standard allows other
files in the package): framework node ids and the other language's labels of codes,
the study's frameworks and fields, each selection's valence, participants' groups and
consent, verdict options and verdicts, keyed by the GUIDs in `project.qde`. Reading it
fills the same fields the old `[Telaah] {json}` Description trailer filled (which is
still read, for files written before the entry existed); an entry that is not valid
JSON of the expected form is ignored with a notice, never trusted blindly.
"""

from __future__ import annotations

import json

from importers.refi.document import RefiDocument
from resources.refi import EXTRAS_ENTRY, normalise_guid

EXTRAS_FORMAT = "telaah-extras"


def read_extras(package) -> dict:
    """The parsed extras entry, or {} when the archive has none (or it is unusable)."""
    if getattr(package, "archive", None) is None:
        return {}
    data = package.entry(EXTRAS_ENTRY)
    if data is None:
        return {}
    try:
        extras = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {"unusable": True}
    if not isinstance(extras, dict) or extras.get("format") != EXTRAS_FORMAT:
        return {"unusable": True}
    return extras


def _mapping(extras: dict, key: str) -> dict:
    value = extras.get(key)
    if not isinstance(value, dict):
        return {}
    return {normalise_guid(k) or k: v for k, v in value.items() if isinstance(v, dict)}


def apply_extras(doc: RefiDocument, extras: dict) -> None:
    """Give the document's records the Telaah-only fields the entry holds for them."""
    if extras.get("unusable"):
        doc.notices.append(f"The archive's {EXTRAS_ENTRY} could not be read; Telaah's own "
                           "fields (framework ids, valence, consent) were left out.")
        return
    if not extras:
        return
    doc.extras = extras
    if isinstance(extras.get("study"), dict) and not doc.extra:
        doc.extra = extras["study"]
    codes = _mapping(extras, "codes")
    for code in doc.codes:
        if code.guid in codes and not code.extra:
            code.extra = codes[code.guid]
    selections = _mapping(extras, "selections")
    if selections:
        for source in doc.sources:
            for selection in source.selections:
                found = selections.get(selection.guid)
                if found and not selection.extra:
                    selection.extra = found
    participants = _mapping(extras, "participants")
    for case in doc.cases:
        found = participants.get(case.guid, {})
        for key in ("group", "consent_status", "consent_date"):
            if isinstance(found.get(key), str) and key not in case.values:
                case.values[key] = found[key]


def apply_verdicts(project, extras: dict, code_ids: dict[str, int], fallback_user: str) -> None:
    """Verdict options and verdicts from the entry, for indicators not yet judged here."""
    evaluation = project.evaluation
    known = {o.key for o in evaluation.verdict_options()}
    for option in extras.get("verdict_options") or []:
        if isinstance(option, dict) and isinstance(option.get("key"), str) and (
                option["key"] not in known and option["key"].strip()):
            evaluation.add_verdict_option(option["key"], str(option.get("label_en", "")),
                                          str(option.get("label_id", "")))
            known.add(option["key"])
    judged = evaluation.judgements()
    verdicts = extras.get("verdicts") if isinstance(extras.get("verdicts"), dict) else {}
    for guid, entry in verdicts.items():
        code_id = code_ids.get(normalise_guid(guid) or "")
        if code_id is None or code_id in judged or not isinstance(entry, dict):
            continue
        verdict = entry.get("verdict") if entry.get("verdict") in known else None
        evaluation.set_judgement(code_id, verdict=verdict or "",
                                 conclusion=str(entry.get("conclusion") or ""),
                                 author=str(entry.get("author") or fallback_user))
