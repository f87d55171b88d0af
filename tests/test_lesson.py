"""The lesson as learners and teachers use it: run, imported, and edited."""

import importlib
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "degradation_check.py"
DEGRADED = "Model performance degraded significantly"
STABLE = "Model performance is stable"


def run_python(*arguments, cwd):
    """Run a fresh interpreter, as a learner does from a terminal."""
    command = [sys.executable, *arguments]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=30, check=False)


def test_running_it_in_pytest_prints_the_verdict_once(capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["pytest", "-q", "tests"])  # the script must not read these
    namespace = runpy.run_path(str(SCRIPT), run_name="__main__")
    assert capsys.readouterr() == (f"{DEGRADED}\n", "")
    assert namespace["result"] == DEGRADED


def test_running_it_from_a_terminal_prints_the_verdict(tmp_path):
    for arguments, cwd in [([str(SCRIPT)], tmp_path), (["-m", "degradation_check"], SCRIPT.parent)]:
        finished = run_python(*arguments, cwd=cwd)
        assert (finished.returncode, finished.stdout, finished.stderr) == (0, f"{DEGRADED}\n", "")


def test_importing_it_prints_nothing_and_gives_the_lesson(capsys, monkeypatch):
    monkeypatch.delitem(sys.modules, "degradation_check", raising=False)  # so the import runs it
    lesson = importlib.import_module("degradation_check")
    assert capsys.readouterr() == ("", "")
    assert lesson.initial_accuracy == {"accuracy": 0.85, "date": "2024-01-01"}
    assert lesson.new_accuracy == {"accuracy": 0.65, "date": "2024-06-01"}
    assert (lesson.degradation_threshold, lesson.result) == (0.1, DEGRADED)


def edited(initial, new):
    """Return the script's source with other accuracies in Step 1, as a learner edits it."""
    source = SCRIPT.read_text(encoding="utf-8")
    source = source.replace('"accuracy": 0.85,', f'"accuracy": {initial},')
    return source.replace('"accuracy": 0.65,', f'"accuracy": {new},')


@pytest.mark.parametrize(("initial", "new"), [(0.85, 0.80), (0.8, 0.7)], ids=["small", "tie"])
def test_an_edited_copy_with_a_drop_no_larger_than_the_threshold_is_stable(initial, new, capsys):
    namespace = {"__name__": "__main__"}  # what a teacher's exec of the learner's file passes
    exec(compile(edited(initial, new), str(SCRIPT), "exec"), namespace)
    assert capsys.readouterr() == (f"{STABLE}\n", "")
    assert namespace["result"] == STABLE


def test_an_edited_copy_with_a_percentage_stops_with_an_error_that_names_it(tmp_path):
    (tmp_path / "degradation_check.py").write_text(edited(0.85, 65), encoding="utf-8")
    finished = run_python("degradation_check.py", cwd=tmp_path)
    last_line = finished.stderr.splitlines()[-1]
    expected = "ValueError: expected a number from 0 to 1, such as 0.9 for 90%, got 65"
    assert (finished.returncode, finished.stdout, last_line) == (1, "", expected)
