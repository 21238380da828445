"""AudioSource and VideoSource of a REFI-QDA project: a source with its recording.

The recording (the element's `path`, from the archive) is kept as the source's
recording, as File → Attach recording keeps one, and the source's text is the
element's first `Transcript` (its `PlainTextContent` or `plainTextPath`; an empty
text when there is none, ready to be transcribed). A `TranscriptSelection` runs from
the `position` of its `fromSyncPoint` to that of its `toSyncPoint` (code points, as a
PlainTextSelection's positions; `positions.py` decides the unit where it matters) and
comes in as a segment with its codings, description and notes. The source's
Description, NoteRefs and VariableValues are read as a TextSource's.

The transcript is read by the TextSource reader itself: this module builds a
TextSource element holding the transcript's text, its selections (with start and end
positions) and the outer element's description, notes and values, so every rule for
text selections (GUIDs, users, broken positions, notes) applies unchanged. Time
selections (`AudioSelection`/`VideoSelection`: coded stretches of the recording, not
of text) and further transcripts are listed as not imported.
"""

from __future__ import annotations

import copy
from pathlib import Path

from lxml import etree

from importers.refi.document import RefiSource
from importers.refi.package import read_reference
from resources.refi import normalise_guid

RECORDING_KINDS = ("AudioSource", "VideoSource")
_OUTER_PARTS = ("Description", "NoteRef", "VariableValue")


def read_recording_source(reader, kind: str, element, base_path: str) -> None:
    """Read one AudioSource/VideoSource into `reader.doc` (a source and its media)."""
    from importers.refi.media_sources import RefiMedia

    doc = reader.doc
    path = element.get("path") or ""
    data, _why = read_reference(reader.package, path, base_path) if path else (None, "")
    transcripts = [c for c in element if c.tag == f"{reader.prefix}Transcript"]
    if data is None and not transcripts:
        reader.skip_media(kind, element)
        return
    name = element.get("name") or path or "Untitled recording"
    count, listed = len(doc.sources), len(doc.skipped)
    reader.read_text_source(_as_text_source(reader, element, transcripts[:1], name),
                            base_path)
    if len(doc.sources) == count:                # the transcript's text could not be read
        del doc.skipped[listed:]
        if data is None:
            reader.skip_media(kind, element)
            return
        doc.notices.append(f"{kind} '{name}': its transcript could not be read; the "
                           "recording came in with an empty transcript.")
        empty = _as_text_source(reader, element, [], name)
        reader.read_text_source(empty, base_path)
    source: RefiSource = doc.sources[-1]
    source.values.setdefault("kind", "interview")   # a transcribed recording, unless said
    _list_left_out(reader, kind, element, name, len(transcripts))
    if data is None:
        doc.skipped.append(f"{kind} '{name}': its file {path or '(none)'} is not in the "
                           "archive; its transcript came in without it")
    suffix = Path(path.rpartition("/")[2]).suffix.lower() or (
        ".mp4" if kind == "VideoSource" else ".m4a")
    doc.media[source.guid] = RefiMedia(kind, name, data, suffix)


def _as_text_source(reader, element, transcripts: list, name: str):
    """A TextSource element with the transcript's text and selections (see the module
    docstring); without a transcript, an empty text."""
    prefix = reader.prefix
    attrib = {"guid": element.get("guid") or "", "name": name}
    fake = etree.Element(f"{prefix}TextSource", attrib)
    for child in element:
        if child.tag in {f"{prefix}{part}" for part in _OUTER_PARTS}:
            fake.append(copy.deepcopy(child))
    if not transcripts:
        etree.SubElement(fake, f"{prefix}PlainTextContent").text = ""
        return fake
    (transcript,) = transcripts
    for key in ("plainTextPath", "creationDateTime", "modifiedDateTime"):
        if transcript.get(key):
            fake.set(key, transcript.get(key))
    points = {}
    for child in transcript:
        if child.tag == f"{prefix}SyncPoint":
            points[normalise_guid(child.get("guid"))] = child.get("position")
    for child in transcript:
        if child.tag in (f"{prefix}PlainTextContent", f"{prefix}NoteRef"):
            fake.append(copy.deepcopy(child))
        elif child.tag == f"{prefix}TranscriptSelection":
            selection = copy.deepcopy(child)
            selection.tag = f"{prefix}PlainTextSelection"
            for attribute, point in (("startPosition", "fromSyncPoint"),
                                     ("endPosition", "toSyncPoint")):
                selection.set(attribute, points.get(normalise_guid(child.get(point))) or "")
            fake.append(selection)
    return fake


def _list_left_out(reader, kind: str, element, name: str, transcripts: int) -> None:
    times = sum(1 for child in element if child.tag in (f"{reader.prefix}AudioSelection",
                                                        f"{reader.prefix}VideoSelection"))
    if times:
        reader.doc.skipped.append(f"{times} time selection(s) of the recording '{name}': "
                                  "coded stretches of a recording without transcript text "
                                  "are not supported")
    if transcripts > 1:
        reader.doc.skipped.append(f"{transcripts - 1} further transcript(s) of '{name}': "
                                  "a source keeps its first transcript")


def apply_recording(project, media, source_id: int) -> None:
    """Inside the import's action: keep the recording with its source (duration measured
    with mutagen when it can be; a file it cannot read is kept without one)."""
    from importers.recordings import recording_duration_ms
    from storage.errors import TelaahError

    stored = project.media.store_bytes(media.data, media.suffix)
    try:
        duration = recording_duration_ms(project.media.folder / stored.name)
    except TelaahError:
        duration = None
    project.media.record(source_id, "recording", stored, original_name=media.name,
                         duration_ms=duration)
    if duration:
        project.sources.update(source_id, duration_minutes=max(1, round(duration / 60000)))
