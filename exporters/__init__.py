"""Exporters: Word, Excel and REFI-QDA writers. Pure functions of the project's data and
an options object; no Qt, no SQL."""
