"""Issue 12, defects 2 and 3: one holder per project, whatever the timing; a lock of a
dead, reused or foreign process never blocks for good; another host's lock is taken
over only when asked. The race: 8 processes × 15 rounds, starting at the same instant,
with a held, a stale and an empty lock file in turn; never two holders."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli.main import run
from storage import Project, ProjectLockedError
from storage.lock import LockHolder, ProjectLock, holder_running, lock_path, process_started

ROOT = Path(__file__).resolve().parent.parent
PROCESSES, ROUNDS = 8, 15

WORKER = r"""
import json, os, socket, sys, time
from pathlib import Path
from storage.errors import ProjectLockedError
from storage.lock import ProjectLock, lock_path

project, marker = Path(sys.argv[1]), Path(sys.argv[2])
index, start, rounds, interval = int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), 0.08
results = []
for number in range(rounds):
    moment = start + number * interval
    if index == 0:  # set the scene a little before each round: stale, empty or no file
        time.sleep(max(0.0, moment - 0.03 - time.time()))
        if number % 3 == 1:
            lock_path(project).write_text(json.dumps({"host": socket.gethostname(),
                                          "pid": 4194000 + number, "since": "x"}))
        elif number % 3 == 2:
            lock_path(project).write_text("")
    time.sleep(max(0.0, moment - time.time()))
    lock = ProjectLock(project)
    try:
        lock.acquire()
    except ProjectLockedError:
        results.append("lost")
        continue
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        results.append("OVERLAP")
    else:
        os.close(fd)
        time.sleep(0.005)
        os.unlink(marker)
        results.append("won")
    lock.release()
print(json.dumps(results))
"""


def race(tmp_path: Path, processes: int, rounds: int) -> list[list[str]]:
    project = tmp_path / "race.telaah"
    project.write_bytes(b"")
    start = time.time() + 2.0
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(project),
                                 str(tmp_path / "holder.marker"), str(index), str(start),
                                 str(rounds)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
               for index in range(processes)]
    outputs = [json.loads(worker.communicate(timeout=120)[0]) for worker in workers]
    return [[output[number] for output in outputs] for number in range(rounds)]


def test_eight_processes_fifteen_rounds_never_two_holders(tmp_path):
    rounds = race(tmp_path, PROCESSES, ROUNDS)
    assert all("OVERLAP" not in outcome for outcome in rounds)
    # stale and empty lock files are taken over: rounds are won after them too
    assert sum("won" in outcome for outcome in rounds) >= ROUNDS // 2
    assert not lock_path(tmp_path / "race.telaah").exists()


@pytest.mark.long
def test_lock_race_long(tmp_path):
    rounds = race(tmp_path, 12, 60)
    assert all("OVERLAP" not in outcome for outcome in rounds)
    assert sum("won" in outcome for outcome in rounds) >= 30


def test_release_never_deletes_another_holders_lock(tmp_path):
    path = tmp_path / "p.telaah"
    first = ProjectLock(path)
    first.acquire()
    lock_path(path).unlink()           # someone removes the file under the first holder
    second = ProjectLock(path)
    second.acquire()                   # a new file: the second holder's
    first.release()
    assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()
    with pytest.raises(ProjectLockedError):
        ProjectLock(path).acquire()
    second.release()
    assert not lock_path(path).exists()


def test_a_held_empty_lock_is_not_taken_over(tmp_path):
    path = tmp_path / "p.telaah"
    Project.create(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys, time\n"
         f"fd = os.open({str(lock_path(path))!r}, os.O_RDWR | os.O_CREAT)\n"
         "fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(ProjectLockedError, match="does not say which"):
            Project.open(path)
    finally:
        holder.kill()
        holder.wait()
    Project.open(path).close()  # the holder died: the lock is free


def test_a_lock_naming_a_live_process_that_is_not_telaah_is_taken_over(tmp_path):
    path = tmp_path / "p.telaah"
    Project.create(path).close()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:  # a live pid on this host that holds no lock: as after a reboot reused it
        lock_path(path).write_text(json.dumps({"host": socket.gethostname(),
                                               "pid": sleeper.pid, "since": "2025"}))
        with Project.open(path) as project:
            assert project.sources.count() == 0
        stale = LockHolder(socket.gethostname(), sleeper.pid, "x", started="1")
        assert not holder_running(stale)
        assert holder_running(LockHolder(socket.gethostname(), sleeper.pid, "x",
                                         started=process_started(sleeper.pid)))
    finally:
        sleeper.kill()
        sleeper.wait()


def test_another_hosts_lock_is_taken_over_only_when_asked(tmp_path, capsys):
    path = tmp_path / "p.telaah"
    Project.create(path).close()
    lock_path(path).write_text(json.dumps({"host": "laptop-lapangan", "pid": 1234,
                                           "since": "2025-03-01T10:00:00+07:00"}))
    with pytest.raises(ProjectLockedError) as refused:
        Project.open(path)
    assert "laptop-lapangan" in str(refused.value) and str(lock_path(path)) in str(refused.value)
    assert run(["participant", "add", str(path), "P01", "--group", "Instansi pemerintah"]) == 2
    err = capsys.readouterr().err
    assert "--force-unlock" in err and err.count("\n") == 1
    assert run(["participant", "add", str(path), "P01", "--group", "Instansi pemerintah",
                "--force-unlock"]) == 0
    assert not lock_path(path).exists()
    with Project.open(path) as project:
        assert project.participants.by_code("P01")
