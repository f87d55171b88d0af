"""The lesson run as learners and graders run it: in a terminal, with runpy,
and as a copy with other numbers typed in after Step 2."""

import runpy
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent.parent / "degradation_check.py"
DEGRADED = "Model performance degraded significantly"
STABLE = "Model performance is stable"


def test_a_terminal_run_from_another_folder(tmp_path):
    # A user may start it from any folder, so it must not need its own.
    done = subprocess.run(
        [sys.executable, SCRIPT],
        cwd=tmp_path,
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
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
        assert name in lesson, f"the script sets no {name}"
        assert lesson[name] == value, f"the tutorial's {name}"


def copy_with(folder, initial, new, threshold):
    """Copy the script into folder, with three lines typed in after each
    line that sets degradation_threshold, indented as that line is."""
    lines = SCRIPT.read_text(encoding="utf-8").splitlines()
    typed = []
    for line in lines:
        typed.append(line)
        # Step 2: the name before `=`, and before `:` in `name: float = 0.1`.
        name = line.split("=")[0].split(":")[0]
        if "=" in line and name.strip() == "degradation_threshold":
            indent = name.split("degradation_threshold")[0]  # its spaces
            typed.append(f'{indent}initial_accuracy["accuracy"] = {initial}')
            typed.append(f'{indent}new_accuracy["accuracy"] = {new}')
            typed.append(f"{indent}degradation_threshold = {threshold}")
    assert len(typed) > len(lines), "no line `degradation_threshold = ...`"
    copy = folder / SCRIPT.name
    copy.write_text("\n".join(typed) + "\n", encoding="utf-8")
    return copy


@pytest.mark.parametrize(
    ("initial", "new", "threshold", "verdict"),
    [
        # The cases under "Try other numbers".
        pytest.param(0.85, 0.80, 0.1, STABLE, id="0.85 to 0.80 drops 0.05"),
        pytest.param(0.8, 0.7, 0.1, STABLE, id="float_tie 0.8 to 0.7"),
        pytest.param(0.8, 0.69, 0.1, DEGRADED, id="0.8 to 0.69 drops 0.11"),
        pytest.param(85, 65, 10, DEGRADED, id="percent 85 to 65 at 10"),
        # Near-misses, caught in turn: >= (0.75 - 0.5 is exactly 0.25 in
        # floats), a hard-coded 0.1, abs(), and rounding to 2 places or
        # cutting to whole percentage points.
        pytest.param(0.75, 0.5, 0.25, STABLE, id="exact tie 0.75 to 0.5"),
        pytest.param(0.85, 0.65, 0.3, STABLE, id="threshold 0.3, not 0.1"),
        pytest.param(0.7, 0.9, 0.1, STABLE, id="improvement 0.7 to 0.9"),
        pytest.param(0.80000001, 0.7, 0.1, DEGRADED, id="1e-8 past a tie"),
    ],
)
def test_other_numbers(initial, new, threshold, verdict, tmp_path, capsys):
    copy = copy_with(tmp_path, initial, new, threshold)
    lesson = runpy.run_path(copy, run_name="__main__")
    # If this fails, the message shows the drop as Python computes it.
    drop = f"in Python, {initial} - {new} is {initial - new}"
    numbers = f"{drop}; the threshold is {threshold}"
    assert capsys.readouterr().out == verdict + "\n", numbers
    assert lesson["result"] == verdict, numbers
