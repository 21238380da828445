"""Build every dialog class of the `gui` package, for checks that must hold for all.

`dialog_classes()` imports every module under `gui` and lists the QDialog subclasses
defined there; `build_dialog(cls, context)` calls the constructor with arguments
chosen by parameter name from `context` (a demo project, its bridge, a window...),
or by "package.Class.parameter" where one name means different things.
A dialog with a required parameter not named here is reported by the tests that use
this, so a new dialog cannot slip past them: add its parameter to `arguments()`.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtWidgets import QDialog

import gui


def dialog_classes() -> list[type]:
    for module in pkgutil.walk_packages(gui.__path__, "gui."):
        importlib.import_module(module.name)
    found: list[type] = []

    def walk(cls):
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("gui.") and not sub.__name__.startswith("_"):
                found.append(sub)
            walk(sub)
    walk(QDialog)
    return sorted(set(found), key=lambda c: (c.__module__, c.__name__))


def arguments(window, text_file) -> dict:
    """Values for constructor parameters, by name, over the window's open project."""
    from types import SimpleNamespace

    from analysis.triangulation import TriangulationRule
    from gui.codebook.model import CodeTreeModel
    from gui.transcription.settings import TranscriptionSettings
    from storage.survey_models import Question

    bridge = window.bridge
    project = bridge.project
    participants = project.participants.list()
    guide_id = project.guides.create("Guide")
    project.guides.add_question(guide_id, "Apa peran Anda?", "What is your role?")
    session_id = project.sessions.start_interview(guide_id, participants[0].id)
    return {
        "bridge": bridge, "project": project, "window": window, "parent": window,
        "lang": "en", "paths": [str(text_file)], "title": "Title", "text": "Text",
        "taken": set(), "actors": [], "tie_types": [], "groups": [],
        "model": CodeTreeModel(window), "rule": TriangulationRule(),
        "session_id": session_id,
        "participant_id": participants[0].id if participants else None,
        "surveys.QuestionDialog.question": Question(0, "select_one", "trust1",
                                                    labels={"English (en)": "Trust"}),
        "choices": [], "indicators": [("i1", "Indicator")],
        "sources": project.sources.list(with_length=False),
        "result": SimpleNamespace(conflicts=[], plans=[]),  # a merge plan with nothing
        "encrypted": True,                     # the password dialog asks for the current one
        "settings": TranscriptionSettings(),   # the transcription keys, as shipped
        "project_path": project.path,          # the restore dialog lists its backups
    }


def build_dialog(cls, values: dict):
    """The dialog built from `values`; raises LookupError naming a missing parameter."""
    kwargs = {}
    for name, param in list(inspect.signature(cls.__init__).parameters.items())[1:]:
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        own = f"{cls.__module__.split('.')[1]}.{cls.__name__}.{name}"  # one dialog's own
        if values.get(own) is not None:
            kwargs[name] = values[own]
        elif name in values and values[name] is not None:
            kwargs[name] = values[name]
        elif param.default is inspect.Parameter.empty:
            raise LookupError(f"{cls.__module__}.{cls.__name__}: no value for {name!r}")
    return cls(**kwargs)
