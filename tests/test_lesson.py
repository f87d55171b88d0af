import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

# __file__ is this file; .parent.parent is the folder holding tests/; / adds a name.
SCRIPT = Path(__file__).parent.parent / "degradation_check.py"
DEGRADED = "Model performance degraded significantly"
STABLE = "Model performance is stable"


def test_a_terminal_run_from_another_folder(tmp_path):
    # cwd=tmp_path starts the run in an empty folder, as a user may. capture_output
    # keeps its output as text (encoding=); check=False lets a failure reach the assert.
    command = [sys.executable, SCRIPT]  # sys.executable: the Python running pytest
    done = subprocess.run(
        command, cwd=tmp_path, capture_output=True, encoding="utf-8", check=False
    )
    assert done.returncode == 0, done.stderr  # 0 means it ran without an error
    assert done.stdout == DEGRADED + "\n"


def test_the_tutorials_names_and_values():
    lesson = runpy.run_path(SCRIPT, run_name="__main__")
    tutorial = {
        "initial_accuracy": {"accuracy": 0.85, "date": "2024-01-01"},
        "new_accuracy": {"accuracy": 0.65, "date": "2024-06-01"},
        "degradation_threshold": 0.1,
        "result": DEGRADED,
    }
    for name, value in tutorial.items():
        its_value = lesson.get(name, "not set")  # "not set" if the script never sets it
        assert its_value == value, f"set {name} as the tutorial does, not inside a def"


def with_numbers(initial, new, threshold):
    """The script's text, with other numbers where it sets its own. For initial 0.8,
    initial_accuracy = {"accuracy": 0.85, "date": "2024-01-01"}  # becomes
    initial_accuracy = {"accuracy": 0.8, "date": "2024-01-01"}"""
    lines = SCRIPT.read_text(encoding="utf-8").splitlines()
    for name, old, number in [
        ("initial_accuracy", 0.85, initial),
        ("new_accuracy", 0.65, new),
        ("degradation_threshold", 0.1, threshold),
    ]:
        # re: it starts `name =`, `name: float =` or `a, name =` (\b: all of name).
        sets_name = re.compile(rf"\s*(\w+\s*,\s*)*{name}\b[^=]*=(?!=)")
        found = False
        still_open = 0  # brackets not yet closed: the statement goes on to more lines
        for i, line in enumerate(lines):
            code, hash_sign, comment = line.partition("#")  # a comment stays as typed
            statements = code.split(";")  # `a = 1; b = 2` is two statements
            for k, statement in enumerate(statements):
                if still_open == 0 and not sets_name.match(statement):
                    continue
                # re: pieces of letters, digits, _ and ".", and what lies between.
                pieces = re.findall(r"[\w.]+|[^\w.]+", statement)
                for j, piece in enumerate(pieces):
                    # re: the whole piece is a number, compared by value: .1 is 0.1.
                    if re.fullmatch(r"\d*\.?\d+", piece) and float(piece) == old:
                        pieces[j] = str(number)
                        found = True
                statements[k] = "".join(pieces)
                for opener, closer in ["()", "[]", "{}"]:
                    still_open += statement.count(opener) - statement.count(closer)
            lines[i] = ";".join(statements) + hash_sign + comment
        assert found, f"the tests need {old} typed as a decimal where {name} is set"
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("initial", "new", "threshold", "verdict"),
    [
        pytest.param(0.85, 0.80, 0.1, STABLE, id="small_drop"),
        pytest.param(0.8, 0.7, 0.1, STABLE, id="float_tie"),
        pytest.param(0.8, 0.69, 0.1, DEGRADED, id="past_threshold"),
        pytest.param(85, 65, 10, DEGRADED, id="percent"),
        pytest.param(0.85, 0.65, 10, STABLE, id="mixed_units"),
        # Catches `>=` in place of `>`: 0.75 - 0.5 is exactly 0.25 in floats.
        pytest.param(0.75, 0.5, 0.25, STABLE, id="exact_tie"),
        # Catches 0.1 typed in Step 3 in place of degradation_threshold.
        pytest.param(0.85, 0.65, 0.3, STABLE, id="other_threshold"),
        # Catches abs() of the drop, or new minus initial.
        pytest.param(0.7, 0.9, 0.1, STABLE, id="improvement"),
        # Catches round(..., 2), int() of the drop in whole points, and a threshold
        # nudged by 0.005. 75,000,001 right out of 100,000,000 score 0.75000001.
        pytest.param(0.75000001, 0.5, 0.25, DEGRADED, id="hair_past_tie"),
    ],
)
def test_other_numbers(initial, new, threshold, verdict, tmp_path, capsys):
    copy = tmp_path / SCRIPT.name
    copy.write_text(with_numbers(initial, new, threshold), encoding="utf-8")
    runpy.run_path(copy, run_name="__main__")
    numbers = f"For accuracy {initial} then {new} and threshold {threshold}, print"
    floats = f"(Python's floats give {initial} - {new} = {initial - new}.)"
    assert capsys.readouterr().out == verdict + "\n", f'{numbers} "{verdict}". {floats}'
