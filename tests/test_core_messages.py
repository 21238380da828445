"""Core messages: English for the command line, templates the GUI can translate."""

from __future__ import annotations

import string

import pytest

from importers.text_files import import_files
from storage import ValidationError, messages
from storage.errors import Message, TelaahError


def templates() -> dict[str, str]:
    return {name: value for name, value in vars(messages).items()
            if name.isupper() and isinstance(value, str)}


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_errors_made_from_templates_read_as_before(project):
    project.participants.add("P01")
    with pytest.raises(ValidationError) as caught:
        project.participants.add("P01")
    assert str(caught.value) == "The participant code 'P01' is already used."
    message = caught.value.message
    assert isinstance(message, Message)
    assert (message.template, message.values) == (messages.PARTICIPANT_CODE_USED,
                                                  {"code": "P01"})
    plain = TelaahError("no template")
    assert plain.message == "no template" and not hasattr(plain.message, "template")


def test_import_failures_keep_their_templates(project, tmp_path):
    path = tmp_path / "ansi.txt"
    path.write_bytes("Wawancara dengan Bu Sari di café".encode("cp1252"))
    report = import_files(project, [path], "interview")
    (_path, message), = report.failed
    assert "is not UTF-8" in message and message.template == messages.TEXT_NOT_UTF8
    assert message.values["guess"].template == messages.GUESS_LATIN1
