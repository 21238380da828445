"""Importers: turn files from outside (text, Word, REFI-QDA, the demo study) into project
records through the storage layer. No Qt, no SQL."""
