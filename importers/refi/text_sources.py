"""Reading TextSources, their PlainTextSelections and Codings (mixed into the reader).

This is the hot path of an import: a large study has 100,000 selections, so elements
are matched by comparing tags directly, repeated GUIDs and user names are looked up
once, and coding GUIDs are normalised only when needed. Every selection is checked
against its text: positions must be whole numbers with 0 <= start <= end <= length
(code points, end exclusive, after converting from UTF-16 units where the source was
written in them: see `positions.py`); a broken selection is skipped and listed (source,
position, code) and the rest of the file comes in, as do empty selections. A source
whose text cannot be had is skipped with the reason, and its selections are reported
as not placed.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from types import MappingProxyType

from importers.decoding import decode_bytes
from importers.refi.document import RefiCoding, RefiSelection, RefiSource
from importers.refi.package import read_reference
from importers.refi.positions import choose_reading, has_astral
from resources.refi import GUID_RE, decode_trailer, normalise_guid
from storage.errors import ImportFailedError

_INTEGER = re.compile(r"^\s*[+-]?[0-9]+\s*$")
_NO_EXTRA = MappingProxyType({})   # shared by selections without a trailer (read-only)
_SOURCE_KEYS = ("kind", "date", "language", "data_type", "place", "interviewer",
                "duration_minutes", "event", "observer", "author", "doc_type", "participants")


def _named(get) -> str:
    return get("guid") or get("name") or "?"


def text_of(element) -> str:
    return "".join(element.itertext())


class TextSourceReader:
    """Methods of the reader for text sources; see `importers.refi.reader._Reader`."""

    def loadtext_of(self, element, content: str | None, base_path: str,
                    label: str) -> tuple[str | None, str]:
        """The text of a TextSource or Note (`content`: its PlainTextContent, if any),
        and why it is missing (or where it came from)."""
        reference = element.get("plainTextPath")
        reason = "it has neither a text file nor PlainTextContent"
        if reference:
            data, reason = read_reference(self.package, reference, base_path)
            if data is not None:
                try:
                    text = decode_bytes(data, Path(reference))
                except ImportFailedError as error:
                    return content, str(error)
                if reason:
                    self.doc.notices.append(f"{label} was {reason}.")
                return text, ""
        return content, ("" if content is not None else reason)

    def read_text_source(self, element, base_path: str) -> None:
        guid = self.guid(element.get("guid"), "source")
        name = element.get("name") or element.get("plainTextPath") or "Untitled source"
        tags = self.tags
        selections, whole, notes, values, memo, content = [], [], [], [], "", None
        for child in element:       # once: a large source has thousands of children
            tag = child.tag
            if tag == tags["PlainTextSelection"]:
                selections.append(child)
            elif tag == tags["Coding"]:
                whole.append(child)
            elif tag == tags["VariableValue"]:
                values.append(child)
            elif tag == tags["Description"]:
                memo = text_of(child)
            elif tag == tags["NoteRef"]:
                notes.append(normalise_guid(child.get("targetGUID")))
            elif tag == tags["PlainTextContent"]:
                content = text_of(child)
        text, reason = self.loadtext_of(element, content, base_path, f"Source '{name}'")
        if text is not None and "\x00" in text:
            text, reason = None, "its text contains NUL characters (it is not plain text)"
        if text is None:
            self.doc.skipped.append(f"text source '{name}': {reason}; its {len(selections)} "
                                    "selection(s) could not be placed")
            return
        source = RefiSource(guid, name, text, memo, created=element.get("creationDateTime"),
                            modified=element.get("modifiedDateTime"))
        source.note_guids = [n for n in notes if n]
        for note in source.note_guids:
            self.doc.refer(note, "source", guid)
        source.values = self.read_values(values, _SOURCE_KEYS)
        convert = self.position_reading(name, text, selections)
        source.selections = self.read_selections(selections, name, len(text), convert)
        if whole and text:
            selection = RefiSelection(self.guid(None, "selection"), 0, len(text), "", {}, None)
            selection.codings = [self.read_coding(c) for c in whole]
            source.selections.append(selection)
            self.doc.notices.append(f"{len(whole)} coding(s) of the whole source '{name}' "
                                    "became segments covering its whole text.")
        self.doc.sources.append(source)

    def position_reading(self, name: str, text: str, elements):
        """The converter from this source's positions to code points (None: already).

        Decided per source from the data where the text has characters outside the
        BMP (see `positions.choose_reading`); the summary says which reading was used.
        """
        if not elements or not has_astral(text):
            return None
        pairs = []
        for element in elements:
            raw_start, raw_end = element.get("startPosition"), element.get("endPosition")
            if raw_start and raw_end and _INTEGER.match(raw_start) and _INTEGER.match(raw_end):
                pairs.append((int(raw_start), int(raw_end)))
        unit, convert, scores = choose_reading(text, pairs, self.preferred_unit)
        if scores != (0, 0):
            self.doc.readings.append((name, unit, scores, len(pairs)))
        return convert

    def read_selections(self, elements, source_name: str, length: int,
                        convert=None) -> list[RefiSelection]:
        """The PlainTextSelections of one source (the hot path: 100,000 in a large study).

        Written for speed: names looked up once, the common shapes (ASCII digit
        positions, a well-formed GUID, codings that only name a code) handled inline,
        everything else by the general helpers below.
        """
        coding_tag = self.tags["Coding"]
        guid_match, seen, users = GUID_RE.match, self.selection_guids, self.user_names
        selections = []
        for element in elements:
            get = element.get
            raw_start, raw_end = get("startPosition") or "", get("endPosition") or ""
            if (raw_start.isdigit() and raw_end.isdigit() and raw_start.isascii()
                    and raw_end.isascii()):
                start, end = int(raw_start), int(raw_end)
            else:
                start, end = self.odd_positions(get, source_name, raw_start, raw_end)
                if start is None:
                    self.broken(element, source_name, raw_start, raw_end, "not whole numbers")
                    continue
            if convert is not None:
                start, end = convert(start), convert(end)
                if start is None or end is None:
                    self.broken(element, source_name, raw_start, raw_end,
                                "inside a character (between the halves of a UTF-16 pair)")
                    continue
            if not 0 <= start < end <= length:
                self.check_empty_or_skip(element, source_name, start, end, length)
                continue
            match = guid_match(get("guid") or "")
            guid = match.group(1).lower() if match else None
            if guid is None or guid in seen:
                guid = str(uuid.uuid4())
            seen.add(guid)
            raw_user = get("creatingUser")
            user = users[raw_user] if raw_user in users else self.user(raw_user)
            selection = RefiSelection(guid, start, end, "", _NO_EXTRA, user, [], [],
                                      get("creationDateTime"))
            for child in element:
                if child.tag == coding_tag:
                    selection.codings.append(self.read_coding(child))
                else:
                    self.read_selection_part(selection, child)
            selections.append(selection)
        return selections

    @staticmethod
    def odd_positions(get, source_name: str, raw_start: str, raw_end: str):
        """Positions with signs or spaces; (None, None) when not whole numbers."""
        if not (_INTEGER.match(raw_start) and _INTEGER.match(raw_end)):
            return None, None
        return int(raw_start), int(raw_end)

    def check_empty_or_skip(self, element, source_name: str, start: int, end: int,
                            length: int) -> None:
        """An empty selection inside the text is skipped; one outside it is listed."""
        if not 0 <= start <= end <= length:
            self.broken(element, source_name, start, end, f"outside its text (0-{length})")
            return
        self.doc.skipped.append(f"empty selection {element.get('guid') or '?'} in source "
                                f"'{source_name}'")

    def broken(self, element, source_name: str, start, end, why: str) -> None:
        """List a selection that cannot be placed (source, position, code) and go on."""
        codes = [self.code_names.get(normalise_guid(ref.get("targetGUID")) or "", "?")
                 for ref in element.iter(self.tags["CodeRef"])]
        coded = f", coded {', '.join(codes)}" if codes else ", not coded"
        self.doc.broken.append(f"selection {_named(element.get)} in source '{source_name}' "
                               f"at {start}-{end}{coded}: {why}")

    def read_selection_part(self, selection: RefiSelection, child) -> None:
        """A selection's Description (comment and Telaah's trailer) or NoteRef."""
        tag = child.tag
        if tag == self.tags["Description"]:
            selection.memo, selection.extra = decode_trailer(text_of(child))
        elif tag == self.tags["NoteRef"]:
            note = normalise_guid(child.get("targetGUID"))
            if note:
                selection.note_guids.append(note)
                self.doc.refer(note, "selection", selection.guid)

    def read_coding(self, element) -> RefiCoding:
        # The GUID stays raw: it is needed (and normalised) only when the selection has
        # several codings or a note points at the coding.
        raw_user = element.get("creatingUser")
        user = self.user_names[raw_user] if raw_user in self.user_names else self.user(raw_user)
        coding = RefiCoding(element.get("guid") or "", None, user, [],
                            element.get("creationDateTime"))
        code_ref, refs = self.tags["CodeRef"], self.refs
        for child in element:
            if child.tag == code_ref:
                raw = child.get("targetGUID")
                found = refs.get(raw)
                if found is None:
                    found = refs[raw] = normalise_guid(raw)
                coding.code_guid = found
            elif child.tag == self.tags["NoteRef"]:
                note = normalise_guid(child.get("targetGUID"))
                if note:
                    coding.guid = self.guid(coding.guid, "coding")
                    coding.note_guids.append(note)
                    self.doc.refer(note, "coding", coding.guid)
        return coding
