"""Small pieces of `project.qde` shared by the REFI-QDA writers: elements, the
variables, the Cases (participants) and a source's closing NoteRefs and
VariableValues (`writer.py` for TextSources and media, `transcripts.py` for
recordings)."""

from __future__ import annotations

from contextlib import contextmanager

from lxml import etree

from exporters.refi.content import (
    ExportContent,
    participant_values,
    source_values,
    variable_guid,
)
from resources.refi import (
    CASE_VARIABLES,
    PARTICIPANTS_VARIABLE,
    PROJECT_NS,
    SOURCE_VARIABLES,
    guid_for_export,
    stable_guid,
    xml_safe,
)


def new_element(tag: str, attrib: dict[str, str | None], text: str | None = None,
             nsmap: dict | None = None):
    element = etree.Element(tag, {k: xml_safe(v) for k, v in attrib.items() if v is not None},
                            nsmap=nsmap)
    if text is not None:
        element.text = xml_safe(text)
    return element


def sub_element(parent, tag: str, attrib: dict[str, str | None], text: str | None = None):
    element = etree.SubElement(
        parent, tag, {k: xml_safe(v) for k, v in attrib.items() if v is not None})
    if text is not None:
        element.text = xml_safe(text)
    return element


def memo_guid(memo) -> str:
    return guid_for_export(memo.guid, "memo", str(memo.id))


def write_variables(xf, content: ExportContent, q: str) -> None:
    used = {key for source in content.sources for key, _k, _v in source_values(source)}
    used |= {key for p in content.participants for key, _k, _v in participant_values(p)}
    if content.sources_of_participant:
        used.add(PARTICIPANTS_VARIABLE[0])
    if not used:
        return
    variables = new_element(f"{q}Variables", {}, nsmap={None: PROJECT_NS})
    for key, name, kind in SOURCE_VARIABLES + (PARTICIPANTS_VARIABLE,) + CASE_VARIABLES:
        if key in used:
            sub_element(variables, f"{q}Variable",
                 {"guid": variable_guid(key), "name": name, "typeOfVariable": kind})
    xf.write(variables)


def variable_value(parent, q: str, key: str, kind: str, value: str) -> None:
    element = sub_element(parent, f"{q}VariableValue", {})
    sub_element(element, f"{q}VariableRef", {"targetGUID": variable_guid(key)})
    tag = {"Date": "DateValue", "Integer": "IntegerValue"}.get(kind, "TextValue")
    sub_element(element, f"{q}{tag}", {}, value)


def write_cases(xf, content: ExportContent, q: str) -> None:
    if not content.participants:
        return
    cases = new_element(f"{q}Cases", {}, nsmap={None: PROJECT_NS})
    for participant in content.participants:
        case = sub_element(cases, f"{q}Case", {"guid": content.participant_guids[participant.id],
                                        "name": participant.code})
        if participant.notes:
            sub_element(case, f"{q}Description", {}, participant.notes)
        for key, kind, value in participant_values(participant):
            variable_value(case, q, key, kind, value)
        for source_id in content.sources_of_participant.get(participant.id, []):
            sub_element(case, f"{q}SourceRef", {"targetGUID": content.source_guids[source_id]})
        for segment_id in content.segments_of_participant.get(participant.id, []):
            sub_element(case, f"{q}SelectionRef", {"targetGUID": content.segment_guids[segment_id]})
    xf.write(cases)


def write_source_tail(xf, content: ExportContent, source, q: str) -> None:
    """A source's NoteRefs and VariableValues (the last children of its element)."""
    for memo in content.memos_by_target.get(("source", source.id), ()):
        with xf.element(f"{q}NoteRef", {"targetGUID": memo_guid(memo)}):
            pass
    values = source_values(source)
    codes = [content.participant_codes[p] for p in source.participant_ids
             if p in content.participant_codes]
    if codes:
        values.append((PARTICIPANTS_VARIABLE[0], "Text", "; ".join(codes)))
    if values:
        holder = new_element(f"{q}TextSource", {}, nsmap={None: PROJECT_NS})
        for key, kind, value in values:
            variable_value(holder, q, key, kind, value)
        for child in holder:
            xf.write(child)



@contextmanager
def coded_selection(xf, q: str, tag: str, attrib: dict, content: ExportContent, item):
    """The selection element `tag` of one coded item (a segment or an image region):
    its creating user, its memo as the Description and its one Coding; what else the
    element holds is written inside the `with` block."""
    coding = {"guid": stable_guid("coding", attrib["guid"])}
    user = content.user_guids.get(item.coder)
    if user:
        attrib["creatingUser"] = coding["creatingUser"] = user
    with xf.element(f"{q}{tag}", attrib):
        if item.memo:
            with xf.element(f"{q}Description"):
                xf.write(xml_safe(item.memo))
        with xf.element(f"{q}Coding", coding), xf.element(
                f"{q}CodeRef", {"targetGUID": content.code_guids[item.code_id]}):
            pass
        yield
