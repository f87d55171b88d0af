"""Tests for the lesson itself: its names, values, message, and the order a learner reads it in."""

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import degradation_check
from degradation_check import main

SCRIPT = Path(__file__).resolve().parent.parent / "degradation_check.py"
DEGRADED = "Model performance degraded significantly"
STABLE = "Model performance is stable"


def run_python(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run a fresh interpreter, as a learner would."""
    command = [sys.executable, *arguments]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=30, check=False)


def test_lesson_names_and_values():
    assert degradation_check.initial_accuracy == {"accuracy": 0.85, "date": "2024-01-01"}
    assert degradation_check.new_accuracy == {"accuracy": 0.65, "date": "2024-06-01"}
    assert degradation_check.degradation_threshold == 0.1


def test_lesson_run_prints_the_degraded_message(capsys):
    assert main([]) == 0
    assert capsys.readouterr() == (f"{DEGRADED}\n", "")


def test_small_drop_prints_the_stable_message(capsys):
    assert main(["--new", "0.80"]) == 0
    assert capsys.readouterr() == (f"{STABLE}\n", "")


def test_step_4_prints_the_verdict_of_step_3_on_the_lesson_records(capsys):
    lesson = (
        degradation_check.initial_accuracy,
        degradation_check.new_accuracy,
        degradation_check.degradation_threshold,
    )
    assert degradation_check.check_degradation(*lesson) == DEGRADED
    assert capsys.readouterr() == ("", "")  # Step 3 only decides
    assert degradation_check.print_verdict(*lesson) == DEGRADED
    assert capsys.readouterr() == (f"{DEGRADED}\n", "")


@pytest.mark.parametrize("isolated", [[], ["-I"]], ids=["plain", "isolated"])
def test_script_from_another_directory(tmp_path, isolated):
    finished = run_python(*isolated, str(SCRIPT), cwd=tmp_path)
    assert (finished.returncode, finished.stdout, finished.stderr) == (0, f"{DEGRADED}\n", "")


def test_import_prints_and_runs_nothing():
    finished = run_python("-c", "import degradation_check", cwd=SCRIPT.parent)
    assert (finished.returncode, finished.stdout, finished.stderr) == (0, "", "")


def test_steps_1_to_4_come_first_in_order_before_any_command_line_code():
    lines = SCRIPT.read_text(encoding="utf-8").splitlines()

    def first_line(text: str) -> int:
        return next(number for number, line in enumerate(lines, 1) if text in line)

    steps = [first_line(f"Step {step}:") for step in (1, 2, 3, 4)]
    step_4_print = first_line("    print(result)")
    command_line = first_line("argparse.")
    assert steps == sorted(steps)
    assert steps[3] < step_4_print < command_line
    assert step_4_print <= 50, "a learner reaches the end of Step 4 on the first screen"


def test_step_3_is_the_tutorials_if_in_its_words():
    source = inspect.getsource(degradation_check.check_degradation)
    for words in [
        'accuracy_drop = exact(initial_accuracy["accuracy"]) - exact(new_accuracy["accuracy"])',
        "if accuracy_drop > exact(degradation_threshold):",
        f'result = "{DEGRADED}"',
        f'result = "{STABLE}"',
        "return result",
    ]:
        assert words in source
