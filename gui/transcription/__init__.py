"""Transcription mode: a recording kept with a source, played while its text is typed."""

from gui.transcription.feature import TranscriptionFeature

__all__ = ["TranscriptionFeature"]
