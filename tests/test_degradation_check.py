"""Tests for degradation_check.py: the lesson, the exact threshold, the options and bad input."""

import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import degradation_check
from degradation_check import check_degradation, main

SCRIPT = Path(__file__).resolve().parent.parent / "degradation_check.py"
DEGRADED = "Model performance degraded significantly\n"
STABLE = "Model performance is stable\n"


def run_script(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run the script in a fresh interpreter, as a learner would."""
    command = [sys.executable, *arguments]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=30)


# The lesson as it is written.


def test_lesson_names_and_values():
    assert degradation_check.initial_accuracy == {"accuracy": 0.85, "date": "2024-01-01"}
    assert degradation_check.new_accuracy == {"accuracy": 0.65, "date": "2024-06-01"}
    assert degradation_check.degradation_threshold == 0.1


def test_lesson_run_prints_the_degraded_message(capsys):
    assert main([]) == 0
    assert capsys.readouterr() == (DEGRADED, "")


def test_small_drop_prints_the_stable_message(capsys):
    assert main(["--new", "0.80"]) == 0
    assert capsys.readouterr() == (STABLE, "")


@pytest.mark.parametrize("isolated", [[], ["-I"]], ids=["plain", "isolated"])
def test_script_from_another_directory(tmp_path, isolated):
    finished = run_script(*isolated, str(SCRIPT), cwd=tmp_path)
    assert (finished.returncode, finished.stdout, finished.stderr) == (0, DEGRADED, "")


def test_import_prints_and_runs_nothing():
    finished = run_script("-c", "import degradation_check", cwd=SCRIPT.parent)
    assert (finished.returncode, finished.stdout, finished.stderr) == (0, "", "")


# The threshold: a drop equal to it is stable, whatever binary floats make of the subtraction.


@pytest.mark.parametrize(
    ("initial", "new", "threshold", "expected"),
    [
        pytest.param(0.85, 0.65, 0.1, DEGRADED, id="the lesson"),
        pytest.param(0.8, 0.7, 0.1, STABLE, id="drop equal to threshold (floats say 0.1000...09)"),
        pytest.param(0.8, 0.69, 0.1, DEGRADED, id="drop just over threshold"),
        pytest.param(0.8, 0.71, 0.1, STABLE, id="drop just under threshold"),
        pytest.param(0.300001, 0.2, 0.1, DEGRADED, id="one millionth over threshold"),
        pytest.param(0.65, 0.85, 0.1, STABLE, id="improvement"),
        pytest.param(0.5, 0.5, 0.0, STABLE, id="zero threshold, no change"),
        pytest.param(0.5, 0.499999, 0.0, DEGRADED, id="zero threshold, any drop"),
        pytest.param(1.0, 0.0, 1.0, STABLE, id="largest drop equal to largest threshold"),
        pytest.param(1.0, 0.0, 0.999999, DEGRADED, id="largest drop over threshold"),
        pytest.param(
            0.5000000000000001, 9.999999999999999e-17, 0.5, DEGRADED, id="beyond 28 decimal digits"
        ),
    ],
)
def test_named_boundary_cases(initial, new, threshold, expected):
    assert check_degradation(initial, new, threshold) + "\n" == expected


@pytest.mark.parametrize("threshold_hundredths", [1, 10, 15])
def test_every_two_decimal_pair_against_integer_hundredths(threshold_hundredths):
    for initial in range(101):
        for new in range(101):
            # The reference: integer hundredths, where subtraction is exact.
            expected = DEGRADED if initial - new > threshold_hundredths else STABLE
            verdict = check_degradation(initial / 100, new / 100, threshold_hundredths / 100)
            assert verdict + "\n" == expected, (initial, new, threshold_hundredths)


def test_six_decimal_values_near_the_boundary_against_decimal():
    def written(millionths: int) -> str:
        return f"{millionths // 10**6}.{millionths % 10**6:06d}"

    generator = random.Random(2024)
    for _ in range(1000):
        initial = generator.randint(0, 10**6)
        threshold = generator.randint(0, initial)
        for new in (initial - threshold - 1, initial - threshold, initial - threshold + 1):
            if not 0 <= new <= 10**6:
                continue
            texts = written(initial), written(new), written(threshold)
            drop = Decimal(texts[0]) - Decimal(texts[1])
            expected = DEGRADED if drop > Decimal(texts[2]) else STABLE
            assert check_degradation(*map(float, texts)) + "\n" == expected, texts


def test_readme_claim_naive_floats_get_661_cases_wrong():
    """The README's claim: plain floats get 661 of 204,020 two-decimal cases wrong."""
    cases = [(i, j, t) for t in range(1, 21) for i in range(101) for j in range(101)]
    naive_wrong = sum((i / 100 - j / 100 > t / 100) != (i - j > t) for i, j, t in cases)
    assert (naive_wrong, len(cases)) == (661, 204_020)


# Options, exit statuses and bad input.


@pytest.mark.parametrize(
    ("arguments", "status", "output"),
    [
        ([], 0, DEGRADED),
        (["--exit-code"], 1, DEGRADED),
        (["--exit-code", "--new", "0.8"], 0, STABLE),
        (["--initial", "1", "--new", ".5", "--threshold", "1e-1"], 0, DEGRADED),
        (["--initial", "0", "--new", "0", "--threshold", "0"], 0, STABLE),
        (["--initial=0.9", "--new=0.85", "--threshold=0.05"], 0, STABLE),
        (["--threshold", "1", "--exit-code"], 0, STABLE),
    ],
)
def test_options_and_exit_statuses(capsys, arguments, status, output):
    assert main(arguments) == status
    assert capsys.readouterr() == (output, "")


def test_degraded_process_exits_1_with_exit_code(tmp_path):
    finished = run_script(str(SCRIPT), "--exit-code", cwd=tmp_path)
    assert (finished.returncode, finished.stdout, finished.stderr) == (1, DEGRADED, "")


BAD_VALUES = ["nan", "NaN", "inf", "Infinity", "abc", "", "65%", "65", "1.01", "-0.01", "0,65"]


@pytest.mark.parametrize("value", [*BAD_VALUES, "-inf"])
@pytest.mark.parametrize("option", ["--initial", "--new", "--threshold"])
def test_bad_values_get_a_usage_error(capsys, option, value):
    with pytest.raises(SystemExit) as stopped:
        main(["--exit-code", f"{option}={value}"])
    out, err = capsys.readouterr()
    assert stopped.value.code == 2
    assert out == ""
    assert err.splitlines()[-1].endswith(
        f"error: argument {option}: expected a number from 0 to 1, such as 0.65 for 65%, "
        f"got {value!r}"
    )


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (["--new"], "argument --new: expected one argument"),
        (["--accuracy", "0.5"], "unrecognized arguments: --accuracy 0.5"),
        (["0.5"], "unrecognized arguments: 0.5"),
    ],
)
def test_malformed_command_lines_get_a_usage_error(capsys, arguments, complaint):
    with pytest.raises(SystemExit) as stopped:
        main(arguments)
    out, err = capsys.readouterr()
    assert (stopped.value.code, out) == (2, "")
    assert err.splitlines()[-1].endswith(complaint)


def test_bad_value_in_a_real_process_has_no_traceback(tmp_path):
    finished = run_script(str(SCRIPT), "--new", "65", cwd=tmp_path)
    assert (finished.returncode, finished.stdout) == (2, "")
    assert finished.stderr.startswith("usage: degradation_check.py")
    assert "Traceback" not in finished.stderr
    assert finished.stderr.splitlines()[-1] == (
        "degradation_check.py: error: argument --new: "
        "expected a number from 0 to 1, such as 0.65 for 65%, got '65'"
    )


def test_help_lists_every_option_with_its_default(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    out, err = capsys.readouterr()
    assert (stopped.value.code, err) == (0, "")
    help_text = " ".join(out.split())  # argparse wraps lines to the terminal's width
    for expected in [
        "--initial ACCURACY accuracy at deployment, from 0 to 1 (default: 0.85)",
        "--new ACCURACY accuracy measured later, from 0 to 1 (default: 0.65)",
        "--threshold DROP largest drop that still counts as stable, from 0 to 1 (default: 0.1)",
        "--exit-code exit with status 1 when performance degraded, 0 when stable",
    ]:
        assert expected in help_text
