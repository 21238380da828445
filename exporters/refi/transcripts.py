"""Sources with a recording as REFI-QDA `AudioSource`/`VideoSource` with a `Transcript`.

A source with a recording (a transcribed interview) is written as the standard says a
transcribed recording is: an `AudioSource` (or `VideoSource` for a phone's mp4/mov)
whose `path` is the recording inside the archive and whose `Transcript` is the
source's text (`plainTextPath`, the same `sources/<guid>.txt` as any source). Coded
passages cannot be PlainTextSelections there: the schema gives a transcript
`SyncPoint`s (a `position` in the text, and a `timeStamp` in milliseconds where the
time is known) and `TranscriptSelection`s running from one sync point to another. So
each `[hh:mm:ss]` timestamp of the transcript is a sync point with its time, each
segment's start and end a sync point (one per distinct position), and each segment a
TranscriptSelection with its coding, description and notes. The source's own
description, notes and variable values go on the outer element (a Transcript has no
place for values). A pseudonymised export leaves the recording out (a voice cannot
be pseudonymised): the element keeps its transcript, without `path`.
"""

from __future__ import annotations

from exporters.refi.parts import coded_selection, memo_guid, write_source_tail
from resources.refi import stable_guid, xml_safe
from storage.transcript import TIMESTAMP, timestamp_ms

RECORDING_KINDS = ("AudioSource", "VideoSource")
VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov", ".3gp")


def recording_kind(suffix: str) -> str:
    return "VideoSource" if suffix.lower() in VIDEO_SUFFIXES else "AudioSource"


def sync_points(text: str, segments) -> dict[int, int | None]:
    """Position (code points) -> time in ms (None where unknown): each timestamp of the
    text, and each segment's start and end."""
    points: dict[int, int | None] = {}
    for match in TIMESTAMP.finditer(text):
        points[match.start()] = timestamp_ms(match)
    for segment in segments:
        points.setdefault(segment.start, None)
        points.setdefault(segment.end, None)
    return dict(sorted(points.items()))


def write_recording_source(xf, q: str, content, source, info, names: dict[int, str]
                           ) -> None:
    """Stream the AudioSource/VideoSource of `source` (see the module docstring; its
    `info.points` are the `sync_points` of its text)."""
    guid = content.source_guids[source.id]
    attrib = {"guid": guid, "name": xml_safe(source.title)}
    if info.file_name:
        attrib["path"] = info.path
    segments = content.segments_by_source.get(source.id, [])
    convert = content.converters.get(source.id) or (lambda position: position)
    with xf.element(f"{q}{info.kind}", attrib):
        if source.memo:
            with xf.element(f"{q}Description"):
                xf.write(xml_safe(source.memo))
        transcript = {"guid": stable_guid("text", guid), "name": xml_safe(source.title),
                      "plainTextPath": f"internal://{guid}.txt"}
        with xf.element(f"{q}Transcript", transcript):
            point_guids = {}
            for position, ms in info.points.items():
                point = {"guid": stable_guid("sync", f"{guid}:{position}"),
                         "position": str(convert(position))}
                if ms is not None:
                    point["timeStamp"] = str(ms)
                point_guids[position] = point["guid"]
                with xf.element(f"{q}SyncPoint", point):
                    pass
            for segment in segments:
                _write_selection(xf, q, content, segment, names, point_guids)
        write_source_tail(xf, content, source, q)


def _write_selection(xf, q: str, content, segment, names: dict[int, str],
                     point_guids: dict[int, str]) -> None:
    segment_guid = content.segment_guids[segment.id]
    attrib = {"guid": segment_guid, "name": xml_safe(names.get(segment.id, "")),
              "fromSyncPoint": point_guids[segment.start],
              "toSyncPoint": point_guids[segment.end]}
    with coded_selection(xf, q, "TranscriptSelection", attrib, content, segment):
        for memo in content.memos_by_target.get(("segment", segment.id), ()):
            with xf.element(f"{q}NoteRef", {"targetGUID": memo_guid(memo)}):
                pass
