"""Real XLSForm workbooks and response files for the survey tests (written with openpyxl)."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook

ID, EN = "label::Bahasa Indonesia (id)", "label::English (en)"
SURVEY_HEADER = ["type", "name", ID, EN, "hint::English (en)", "required", "relevant",
                 "constraint", "constraint_message::English (en)", "telaah_indicator"]
CHOICES = [["list_name", "name", ID, EN],
           *[["agree5", str(i), f"Skala {i}", f"Scale {i}"] for i in range(1, 6)],
           ["grp", "gov", "Pemerintah", "Government"], ["grp", "umkm", "UMKM", "SME"],
           ["help", "training", "Pelatihan", "Training"], ["help", "fair", "Pameran", "Fair"],
           ["help", "loan", "Pinjaman", "Loan"]]
TRUST = "ag2008.process.trust_building"
DIALOGUE = "ag2008.process.face_to_face_dialogue"
QUESTIONS = [
    ["select_one grp", "kelompok", "Kelompok", "Group", "", "yes", "", "", "", ""],
    ["begin_group", "bagian", "Bagian", "Part", "", "", "", "", "", ""],
    ["select_one agree5", "trust1", "Mitra menepati janji", "Partners keep promises",
     "Pick one", "yes", "", "", "", TRUST],
    ["select_one agree5", "trust2", "Percaya bertambah", "Trust grew", "", "", "", "", "",
     f"{TRUST} {DIALOGUE}"],
    ["integer", "umur", "Umur", "Age", "", "", "", ". >= 17 and . < 100", "Too young", ""],
    ["end_group", "", "", "", "", "", "", "", "", ""],
    ["select_multiple help", "bantuan", "Bantuan", "Help received", "", "", "", "", "", ""],
    ["text", "alasan", "Alasan", "Why", "", "yes", "${trust1} <= 2", "", "", ""],
    ["date", "tanggal", "Tanggal", "Date", "", "", "", "", "", ""],
    ["decimal", "omzet", "Omzet", "Turnover", "", "", "", "", "", ""],
    ["note", "terima_kasih", "Terima kasih", "Thank you", "", "", "", "", "", ""],
]
SETTINGS = [["form_id", "form_title", "version", "default_language"],
            ["umkm_survey", "Survei UMKM", "1", "Bahasa Indonesia (id)"]]


def write_workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def write_form(path: Path, questions=None, choices=None, settings=None,
               header=None) -> Path:
    sheets = {"survey": [header or SURVEY_HEADER, *(QUESTIONS if questions is None
                                                    else questions)]}
    if choices is not False:
        sheets["choices"] = CHOICES if choices is None else choices
    sheets["settings"] = SETTINGS if settings is None else settings
    return write_workbook(path, sheets)


RESPONSE_HEADER = ["_uuid", "kelompok", "bagian/trust1", "bagian/trust2", "bagian/umur",
                   "bantuan", "alasan", "tanggal", "omzet", "_submission_time"]
RESPONSES = [
    ["u1", "gov", "4", "5", "40", "training fair", "", "2025-03-01", "12.5", "2025-03-02"],
    ["u2", "umkm", "1", "2", "35", "loan", "Janji tidak ditepati", "2025-03-01", "3",
     "2025-03-02"],
    ["u3", "umkm", "5", "4", "52", "", "", "", "", "2025-03-03"],
]


def write_csv(path: Path, header=None, rows=None, delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header or RESPONSE_HEADER)
        writer.writerows(RESPONSES if rows is None else rows)
    return path
