"""`autocode`: code every exact occurrence of a phrase with one code, as one action.

The phrase is matched exactly as typed: case-sensitive, every character (spaces and
punctuation included), and as a substring, so it is also found inside longer words
(`percaya` inside `kepercayaan`). Occurrences already coded with that code at exactly
that range are skipped, so running the same command twice adds nothing. The whole
run is one action (one undo step in the app). The matching and coding live in
`storage.search.autocode`, shared with the app's "Code all hits with…".
"""

from __future__ import annotations

import argparse

from cli.output import open_project
from storage.errors import ValidationError
from storage.models import TECHNIQUES, VALENCES

DESCRIPTION = (
    "Code every exact occurrence of PHRASE with CODE, as one action. Matching is "
    "case-sensitive and exact to the character (spaces and punctuation included), and "
    "finds substrings: 'percaya' is also found inside 'kepercayaan'. Occurrences do "
    "not overlap, and ranges already coded with CODE are skipped.")


def register(sub) -> None:
    cmd = sub.add_parser("autocode", help="code every exact occurrence of a phrase",
                         description=DESCRIPTION)
    cmd.add_argument("project")
    cmd.add_argument("--text", required=True, metavar="PHRASE",
                     help="the exact phrase (case-sensitive substring, may sit inside "
                          "longer words)")
    cmd.add_argument("--code", required=True, metavar="CODE_ID",
                     help="framework node id (ag2008.process.trust_building) or custom "
                          "code id (12 or code:12)")
    cmd.add_argument("--valence", choices=VALENCES, default="supports",
                     help="valence of the new segments (default: supports)")
    cmd.add_argument("--kind", choices=TECHNIQUES,
                     help="only sources of this technique (default: all)")
    cmd.set_defaults(run=cmd_autocode)


def cmd_autocode(args: argparse.Namespace) -> int:
    from storage.search import autocode

    if not args.text or not args.text.strip():
        raise ValidationError("Give the phrase to code with --text (it is empty).")
    with open_project(args.project) as project:
        code = project.codes.resolve(args.code)
        made = autocode(project, args.text, code.id, valence=args.valence, kind=args.kind)
    noun = "segment" if made == 1 else "segments"
    print(f"Coded {made} {noun} with {code.key}")
    return 0
