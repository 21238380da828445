"""Measures of issue 12 (reliability): listing backups, restoring one, the full `check`.

`backups` and `restore` are judged against a plain file copy of the study
(`shutil.copyfile`, the baseline), taken in turn with our runs; `check` (integrity
check, schema, a read of every row, consistency) has an absolute limit.
"""

from __future__ import annotations

import shutil

from benchmarks.measures import Context, alternate, measure, timed


def _with_backup(context: Context):
    """A private copy of the study with one backup beside it; (copy, backup path)."""
    from storage import Project

    copy = context.scratch_copy()
    with Project.open(copy, full_check=False, backups_kept=3) as project:
        made = project.make_backup()
    return copy, made


def _copy_baseline(context: Context):
    target = context.scratch_dir() / "plain-copy.telaah"
    return lambda: shutil.copyfile(context.project, target)


@measure("backups", "`backups`: list the study's backup (time, size, counts, integrity)",
         baseline_factor=2.0)
def backups_listing(context: Context) -> dict:
    from cli.commands.backups import backup_rows

    copy, _made = _with_backup(context)
    rows = []
    first = timed(lambda: rows.extend(backup_rows(copy)))
    if rows[0]["integrity"] != "ok":
        raise RuntimeError(f"the backup fails its check: {rows[0]['integrity']}")
    values, baseline = alternate(context.runs, first, lambda: backup_rows(copy),
                                 _copy_baseline(context))
    return {"values": values, "baseline_values": baseline}


@measure("restore", "`restore`: put the study's backup back in place (checked)",
         baseline_factor=2.0)
def restore(context: Context) -> dict:
    from storage.restore import restore_backup

    copy, made = _with_backup(context)
    first = timed(lambda: restore_backup(copy, made))
    values, baseline = alternate(context.runs, first, lambda: restore_backup(copy, made),
                                 _copy_baseline(context))
    return {"values": values, "baseline_values": baseline}


@measure("check", "`check`: integrity, schema, every row read, consistency", limit=3.0)
def full_check(context: Context) -> dict:
    from storage.consistency import consistency_problems

    project = context.open_readonly()
    values = []
    problems: list[str] = []

    def work():
        problems.extend(project.integrity_problems() + project.damage_problems()
                        + consistency_problems(project))

    for _ in range(context.runs):
        values.append(timed(work))
        if problems:
            raise RuntimeError(f"check found problems: {problems[:3]}")
    project.close()
    return {"values": values}
