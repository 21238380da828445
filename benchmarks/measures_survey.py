"""Measures of questionnaires: importing a large Kobo export and summarising it.

The questionnaire has 60 questions (`survey_form`): a select_one asking the
respondent's group, 40 five-point Likert statements each linked to an indicator of the
study, 5 select_multiple, 4 integer, 4 decimal, 3 date and 3 text questions, in three
groups. The responses (`survey_rows`, fixed seed) are written once as the .xlsx Kobo
exports (group paths as headers, select_multiple as space-separated names, a `_uuid`
and `_submission_time`): 10,000 respondents at scale 1.0 (fewer at smaller scales,
read from the study's file name), every question answered.
"""

from __future__ import annotations

import random
import re
import statistics
from pathlib import Path

from benchmarks.measures import Context, measure, timed

RESPONDENTS = 10_000      # at scale 1.0 (the 10,000 x 60)
FORM_ID = "bench_survey"
GROUPS = ("gov", "platform", "embassy", "umkm", "assoc")
OPTIONS = ("training", "fair", "loan", "mentor", "catalogue")


def scale_of(project: Path) -> float:
    match = re.search(r"large-([0-9.e-]+)\.telaah$", project.name)
    return float(match.group(1)) if match else 1.0


def survey_form(indicators: list[str]) -> dict[str, list[list]]:
    """The XLSForm sheets of the 60-question questionnaire."""
    label_id, label_en = "label::Bahasa Indonesia (id)", "label::English (en)"
    survey = [["type", "name", label_id, label_en, "required", "telaah_indicator"],
              ["select_one grp", "kelompok", "Kelompok", "Group", "yes", ""]]
    kinds = ([("select_one agree5", f"s{i:02d}") for i in range(40)]
             + [("select_multiple help", f"m{i}") for i in range(5)]
             + [("integer", f"i{i}") for i in range(4)]
             + [("decimal", f"d{i}") for i in range(4)]
             + [("date", f"t{i}") for i in range(3)] + [("text", f"x{i}") for i in range(3)])
    for part in range(3):
        survey.append(["begin_group", f"bagian{part}", f"Bagian {part}", f"Part {part}", "", ""])
        for index, (kind, name) in enumerate(kinds[part::3]):
            indicator = indicators[index % len(indicators)] if kind.endswith("agree5") else ""
            survey.append([kind, name, f"Pertanyaan {name}", f"Question {name}", "", indicator])
        survey.append(["end_group", "", "", "", "", ""])
    choices = [["list_name", "name", label_id, label_en],
               *[["agree5", str(i), f"Skala {i}", f"Scale {i}"] for i in range(1, 6)],
               *[["grp", g, g, g] for g in GROUPS], *[["help", o, o, o] for o in OPTIONS]]
    settings = [["form_id", "form_title"], [FORM_ID, "Benchmark survey"]]
    return {"survey": survey, "choices": choices, "settings": settings}


def survey_rows(form: dict[str, list[list]], respondents: int) -> list[list]:
    """Header and rows of a Kobo .xlsx export of `respondents` complete responses."""
    random_ = random.Random(16)
    header, makers, path = ["_uuid", "_submission_time"], [], []
    for kind, name, *_rest in form["survey"][1:]:
        if kind == "begin_group":
            path.append(name)
            continue
        if kind == "end_group":
            path.pop()
            continue
        header.append("/".join([*path, name]))
        makers.append(_maker(kind, random_))
    rows = [header]
    for number in range(respondents):
        rows.append([f"uuid-{number:06d}", "2025-05-01T10:00:00", *(m() for m in makers)])
    return rows


def _maker(kind: str, random_: random.Random):
    if kind == "select_one grp":
        return lambda: random_.choice(GROUPS)
    if kind == "select_one agree5":
        return lambda: random_.choice((1, 2, 3, 4, 4, 5, 5))
    if kind == "select_multiple help":
        return lambda: " ".join(random_.sample(OPTIONS, random_.randint(1, 3)))
    if kind == "integer":
        return lambda: random_.randint(18, 70)
    if kind == "decimal":
        return lambda: round(random_.uniform(0, 500), 2)
    if kind == "date":
        return lambda: f"2025-{random_.randint(1, 12):02d}-{random_.randint(1, 28):02d}"
    return lambda: random_.choice(("Pelatihan sangat membantu.", "Jadwal terlalu padat.",
                                   "Perlu pendampingan lanjutan."))


def prepare(context: Context) -> tuple[Path, Path, int]:
    """The questionnaire and its responses written as workbooks in a scratch folder."""
    from openpyxl import Workbook

    from analysis.evidence import Evidence

    project = context.open_readonly()
    evidence = Evidence.load(project)
    indicators = [evidence.key(i) for i in evidence.rows("indicators")][:40]
    project.close()
    respondents = max(50, round(RESPONDENTS * scale_of(context.project)))
    folder = context.scratch_dir()
    form = survey_form(indicators)
    paths = []
    for name, sheets in (("form.xlsx", form),
                         ("responses.xlsx", {"data": survey_rows(form, respondents)})):
        workbook = Workbook(write_only=True)
        for title, rows in sheets.items():
            sheet = workbook.create_sheet(title)
            for row in rows:
                sheet.append(row)
        workbook.save(folder / name)
        paths.append(folder / name)
    return paths[0], paths[1], respondents


@measure("survey_import", "import 10,000 survey responses x 60 questions (.xlsx)", limit=10.0)
def survey_import(context: Context) -> dict:
    from importers.survey_responses import import_responses
    from importers.xlsform import import_xlsform
    from storage import Project

    form_path, data_path, respondents = prepare(context)
    values = []
    for _ in range(context.runs):
        project = Project.open(context.scratch_copy(), full_check=False, backup_now=False)
        import_xlsform(project, form_path)

        def work(project=project):
            found = import_responses(project, FORM_ID, data_path)
            if len(found.rows) != respondents:
                raise RuntimeError(f"imported {len(found.rows)} of {respondents} responses")

        values.append(timed(work))
        project.close()
    return {"values": values, "details": {"respondents": respondents}}


@measure("survey_summary", "Likert summary of 10,000 responses, by stakeholder group",
         limit=0.5)
def survey_summary(context: Context) -> dict:
    from analysis.likert import likert_summary
    from importers.survey_responses import import_responses
    from importers.xlsform import import_xlsform
    from storage import Project

    form_path, data_path, _respondents = prepare(context)
    project = Project.open(context.scratch_copy(), full_check=False, backup_now=False)
    import_xlsform(project, form_path)
    import_responses(project, FORM_ID, data_path)
    values, by_question = [], []
    for _ in range(context.runs):
        values.append(timed(lambda: likert_summary(project, FORM_ID)))
        by_question.append(timed(lambda: likert_summary(project, FORM_ID, by="kelompok")))
    project.close()
    return {"values": values,
            "details": {"by a question (s)": round(statistics.median(by_question), 3)}}
