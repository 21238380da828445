"""Recordings into a project: attach one to a source, or make it a new interview source.

A recording is measured with mutagen (its duration, read from the container without
decoding the audio) and kept in the project's media folder (`storage.media`). Phones'
videos (mp4, mov) are accepted for their audio track. Anything mutagen cannot read as
audio is refused with a one-line message naming the file; nothing is stored then.
"""

from __future__ import annotations

from pathlib import Path

from storage import Project, messages
from storage.errors import ImportFailedError

AUDIO_SUFFIXES = {".wav", ".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".flac",
                  ".mp4", ".m4v", ".mov", ".3gp"}


def recording_duration_ms(path: Path) -> int:
    """The recording's length in milliseconds; ImportFailedError if it is not audio."""
    import mutagen

    path = Path(path)
    if not path.is_file():
        raise ImportFailedError.of(messages.FILE_MISSING, path=path)
    if path.suffix.lower() not in AUDIO_SUFFIXES:
        raise ImportFailedError.of(messages.MEDIA_NOT_AUDIO, path=path,
                                   detail=f"'{path.suffix or 'no extension'}' files")
    try:
        found = mutagen.File(path)
    except (mutagen.MutagenError, OSError, ValueError) as error:
        raise ImportFailedError.of(messages.MEDIA_NOT_AUDIO, path=path, detail=error) from None
    length = getattr(getattr(found, "info", None), "length", None)
    if not length:
        raise ImportFailedError.of(messages.MEDIA_NOT_AUDIO, path=path,
                                   detail="no audio track found")
    return round(length * 1000)


def attach_recording(project: Project, source_id: int, path: Path,
                     origin: object = None) -> int:
    """Keep the recording with the source (one action); returns the media id."""
    duration = recording_duration_ms(path)
    with project.action(f"Attach recording {Path(path).name}", origin):
        media_id = project.media.attach(source_id, path, "recording", duration_ms=duration)
        project.sources.update(source_id, duration_minutes=max(1, round(duration / 60000)))
    return media_id


def import_recording(project: Project, path: Path, *, kind: str = "interview",
                     title: str | None = None, date: str | None = None,
                     participant_ids=(), origin: object = None) -> int:
    """A new source (an interview by default) with an empty transcript and this
    recording, as one action; returns the source id."""
    path = Path(path)
    duration = recording_duration_ms(path)
    with project.action(f"Import {path.name}", origin):
        source_id = project.sources.add(kind, title or path.stem, "", date=date,
                                        participant_ids=participant_ids,
                                        duration_minutes=max(1, round(duration / 60000)),
                                        origin_path=str(path.resolve()))
        project.media.attach(source_id, path, "recording", duration_ms=duration)
    return source_id
