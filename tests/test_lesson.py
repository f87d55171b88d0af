"""The lesson run as learners and graders run it: in a terminal, in-process
as __main__, and with other numbers typed into Steps 1 and 2."""

import ast
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent.parent / "degradation_check.py"
DEGRADED = "Model performance degraded significantly"
STABLE = "Model performance is stable"


def test_a_terminal_run_from_another_folder(tmp_path):
    done = subprocess.run(
        [sys.executable, str(SCRIPT)],
        cwd=tmp_path,
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    assert done.stdout == DEGRADED + "\n"
    assert done.returncode == 0


def test_the_tutorials_names_and_values():
    lesson = runpy.run_path(SCRIPT, run_name="__main__")
    tutorial = {
        "initial_accuracy": {"accuracy": 0.85, "date": "2024-01-01"},
        "new_accuracy": {"accuracy": 0.65, "date": "2024-06-01"},
        "degradation_threshold": 0.1,
        # approx(0.2) equals 0.2 give or take float error, here too.
        "accuracy_drop": pytest.approx(0.2),
        "result": DEGRADED,
    }
    assert {name: lesson.get(name) for name in tutorial} == tutorial


def edited_copy(folder, initial, new, threshold):
    """Write the script to folder with other numbers in Steps 1 and 2.

    It edits the parsed code, not the text, so the quotes, the layout and
    a __main__ guard do not matter.
    """
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    # Each `name = value` in the script, by name, however deeply nested.
    assigned = {
        node.targets[0].id: node
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
    }
    accuracies = {"initial_accuracy": initial, "new_accuracy": new}
    for name in [*accuracies, "degradation_threshold"]:
        assert name in assigned, f"no plain `{name} = ...` in the script"
    # Put the new numbers where the old ones were: under the key "accuracy"
    # in each record, and as the threshold's value.
    for name, accuracy in accuracies.items():
        record = assigned[name].value
        keys = [key.value for key in record.keys]
        record.values[keys.index("accuracy")] = ast.Constant(accuracy)
    assigned["degradation_threshold"].value = ast.Constant(threshold)
    copy = folder / SCRIPT.name
    copy.write_text(ast.unparse(tree), encoding="utf-8")
    return copy


@pytest.mark.parametrize(
    ("initial", "new", "threshold", "verdict"),
    [
        pytest.param(0.85, 0.80, 0.1, STABLE, id="0.80 drops 0.05"),
        pytest.param(0.8, 0.7, 0.1, STABLE, id="the tie 0.8 to 0.7"),
        pytest.param(0.8, 0.69, 0.1, DEGRADED, id="0.69 is past the tie"),
        pytest.param(0.8, 0.69999999, 0.1, DEGRADED, id="1e-8 past the tie"),
        pytest.param(0.65, 0.85, 0.1, STABLE, id="an improvement"),
        pytest.param(0.9, 0.7, 0.2, STABLE, id="the tie 0.9 to 0.7 at 0.2"),
        pytest.param(85, 65, 10, DEGRADED, id="in percent 85 to 65 at 10"),
    ],
)
def test_other_numbers(initial, new, threshold, verdict, tmp_path, capsys):
    copy = edited_copy(tmp_path, initial, new, threshold)
    lesson = runpy.run_path(copy, run_name="__main__")
    assert capsys.readouterr().out == verdict + "\n"
    assert lesson["result"] == verdict
