"""Exporters: every file Telaah writes for the world outside the project. Pure functions
of the project's data and an options object; no Qt, no SQL.

One sub-package per output: `report` gathers the report model once, `word` and `excel`
lay it out, `refi` writes REFI-QDA, `network` the collaboration map, `forms` field-work
forms (XLSForm, interview guide, survey responses); `privacy` is what every one of them
applies. At the root: `options` (what the user asked), `atomic` (how a file is put in
place) and `textutil` (XML-safe text)."""
