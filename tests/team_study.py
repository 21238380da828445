"""The constructed three-coder study of the agreement tests (figures computed by hand in
tests/test_agreement.py and docs/AGREEMENT.md).

Two sources, S1 (100 characters) and S2 (50); coders A, B and C; two indicators of the
Ansell & Gash "process" dimension: X = trust building, Y = commitment to process.

    X: A S1[0,20) S2[10,30)   B S1[0,20) S2[10,25)   C S1[5,20)
    Y: A S1[40,60)            B S1[50,60)            C S1[40,60) S2[0,10)
"""

from __future__ import annotations

from storage import Project

X = "ag2008.process.trust_building"
Y = "ag2008.process.commitment_to_process"
CODINGS = {
    "A": [(X, "S1", 0, 20), (X, "S2", 10, 30), (Y, "S1", 40, 60)],
    "B": [(X, "S1", 0, 20), (X, "S2", 10, 25), (Y, "S1", 50, 60)],
    "C": [(X, "S1", 5, 20), (Y, "S1", 40, 60), (Y, "S2", 0, 10)],
}


def build_team_study(path) -> Project:
    """The study, open, with the lead researcher as its coder."""
    project = Project.create(path, title="Tim", frameworks=["ag2008"], coder="Lead")
    sources = {"S1": project.sources.add("interview", "S1", "a" * 100),
               "S2": project.sources.add("interview", "S2", "b" * 50)}
    with project.action("Code"):
        for coder, codings in CODINGS.items():
            for node, source, start, end in codings:
                project.segments.add(sources[source], project.codes.resolve(node).id,
                                     start, end, coder=coder)
    return project
