"""The lesson as learners and teachers use it: run, imported and edited."""

import importlib
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "degradation_check.py"
README = (ROOT / "README.md").read_text(encoding="utf-8")
DEGRADED = "Model performance degraded significantly"
STABLE = "Model performance is stable"


def test_a_terminal_run_prints_what_the_readme_shows(tmp_path):
    # The file from another folder; the module from here, where -m finds it.
    for folder, arguments in [
        (tmp_path, [SCRIPT]),
        (ROOT, ["-m", "degradation_check"]),
    ]:
        command = [sys.executable, *arguments]
        done = subprocess.run(
            command, cwd=folder, capture_output=True, text=True, check=False
        )
        assert (done.stdout, done.stderr) == (DEGRADED + "\n", "")
        assert done.returncode == 0
    assert f"$ python degradation_check.py\n{DEGRADED}\n```" in README


def test_the_readme_shows_the_example_test_word_for_word():
    example = ROOT / "tests" / "test_example.py"
    assert f"```python\n{example.read_text(encoding='utf-8')}```" in README


def test_importing_it_prints_nothing_and_gives_the_lesson(capsys, monkeypatch):
    monkeypatch.delitem(sys.modules, "degradation_check", raising=False)
    lesson = importlib.import_module("degradation_check")
    assert capsys.readouterr() == ("", "")
    assert lesson.initial_accuracy == {"accuracy": 0.85, "date": "2024-01-01"}
    assert lesson.new_accuracy == {"accuracy": 0.65, "date": "2024-06-01"}
    assert lesson.degradation_threshold == 0.1
    assert lesson.accuracy_drop == 0.2


def typed_in(initial, new, threshold):
    """Return the script with other numbers typed into Steps 1 and 2."""
    source = SCRIPT.read_text(encoding="utf-8")
    for before, number, typed in [
        ('initial_accuracy = {"accuracy": ', "0.85", initial),
        ('new_accuracy = {"accuracy": ', "0.65", new),
        ("degradation_threshold = ", "0.1", threshold),
    ]:
        found = source.count(before + number)
        assert found == 1, f"{before}{number} is in the script {found} times"
        source = source.replace(before + number, before + typed)
    return source


@pytest.mark.parametrize(
    ("initial", "new", "threshold", "expected"),
    [
        pytest.param("0.85", "0.80", "0.1", STABLE, id="a drop of 0.05"),
        pytest.param("0.8", "0.7", "0.1", STABLE, id="the tie, 0.8 to 0.7"),
        pytest.param("0.8", "0.69", "0.1", DEGRADED, id="just over the tie"),
        pytest.param("0.65", "0.85", "0.1", STABLE, id="an improvement"),
        pytest.param("0.85", "0.65", "0.25", STABLE, id="a looser threshold"),
        pytest.param("85", "65", "10", DEGRADED, id="all in percent"),
    ],
)
def test_other_numbers_typed_in(initial, new, threshold, expected, capsys):
    # The table agrees with exact fractions of the typed text: no float.
    exact_drop = Fraction(initial) - Fraction(new)
    assert (exact_drop > Fraction(threshold)) == (expected == DEGRADED)
    # A teacher's exec of a learner's edited file runs it as __main__.
    namespace = {"__name__": "__main__"}
    exec(compile(typed_in(initial, new, threshold), SCRIPT, "exec"), namespace)
    assert capsys.readouterr() == (expected + "\n", "")
    assert namespace["result"] == expected
