"""Tests for the command-line tool: options, exit statuses, bad input, and a verdict that fails."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import degradation_check
from degradation_check import main

SCRIPT = Path(__file__).resolve().parent.parent / "degradation_check.py"
DEGRADED = "Model performance degraded significantly\n"
STABLE = "Model performance is stable\n"
EXPECTED = "expected a number from 0 to 1, such as 0.65 for 65%"


def run_script(*arguments: str, **options) -> subprocess.CompletedProcess:
    """Run the script in a fresh interpreter, as a pipeline would."""
    command = [sys.executable, str(SCRIPT), *arguments]
    return subprocess.run(command, timeout=30, check=False, **options)


@pytest.mark.parametrize(
    ("arguments", "status", "output"),
    [
        ([], 0, DEGRADED),
        (["--exit-code"], 1, DEGRADED),
        (["--exit-code", "--new", "0.8"], 0, STABLE),
        (["--initial", "0.8", "--new", "0.7", "--exit-code"], 0, STABLE),
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
    finished = run_script("--exit-code", cwd=tmp_path, capture_output=True, text=True)
    assert (finished.returncode, finished.stdout, finished.stderr) == (1, DEGRADED, "")


BAD_VALUES = ["nan", "NaN", "inf", "Infinity", "abc", "", "65%", "65", "1.01", "-0.01", "0,65"]


@pytest.mark.parametrize("value", [*BAD_VALUES, "-inf"])
@pytest.mark.parametrize("option", ["--initial", "--new", "--threshold"])
def test_bad_values_get_a_usage_error(capsys, option, value):
    with pytest.raises(SystemExit) as stopped:
        main(["--exit-code", f"{option}={value}"])
    out, err = capsys.readouterr()
    assert (stopped.value.code, out) == (2, "")
    assert err.splitlines()[-1].endswith(f"error: argument {option}: {EXPECTED}, got {value!r}")


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (["--new"], "argument --new: expected one argument"),
        (["--accuracy", "0.5"], "unrecognized arguments: --accuracy 0.5"),
        (["0.5"], "unrecognized arguments: 0.5"),
        # Abbreviations are refused, so an option added later cannot change an old gate script.
        (["--n", "0.8"], "unrecognized arguments: --n 0.8"),
        (["--init=0.8"], "unrecognized arguments: --init=0.8"),
        (["--thresh", "0.2"], "unrecognized arguments: --thresh 0.2"),
        (["--exit"], "unrecognized arguments: --exit"),
        (["--e"], "unrecognized arguments: --e"),
        (["--vers"], "unrecognized arguments: --vers"),
    ],
)
def test_malformed_command_lines_get_a_usage_error(capsys, arguments, complaint):
    with pytest.raises(SystemExit) as stopped:
        main(arguments)
    out, err = capsys.readouterr()
    assert (stopped.value.code, out) == (2, "")
    assert err.splitlines()[-1].endswith(complaint)


def test_bad_value_in_a_real_process_has_no_traceback(tmp_path):
    finished = run_script("--new", "65", cwd=tmp_path, capture_output=True, text=True)
    assert (finished.returncode, finished.stdout) == (2, "")
    assert finished.stderr.startswith("usage: degradation_check.py")
    assert "Traceback" not in finished.stderr
    assert finished.stderr.splitlines()[-1] == (
        f"degradation_check.py: error: argument --new: {EXPECTED}, got '65'"
    )


def test_help_lists_every_option_with_its_default_and_ends_with_the_exit_statuses(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    out, err = capsys.readouterr()
    assert (stopped.value.code, err) == (0, "")
    help_text = " ".join(out.split())  # argparse wraps lines to the terminal's width
    for expected in [
        "--initial ACCURACY at deployment (default: 0.85)",
        "--new ACCURACY measured months later (default: 0.65)",
        "--threshold DROP largest stable drop (default: 0.1)",
        "--exit-code exit 1 when degraded, else 0",
        "--version show program's version number and exit",
    ]:
        assert expected in help_text
    assert help_text.endswith(
        "Exit status: 0 stable (or any verdict without --exit-code), 1 degraded with "
        "--exit-code, 2 bad input or the verdict could not be written."
    )


def test_version_prints_the_program_name_and_version(tmp_path):
    finished = run_script("--version", cwd=tmp_path, capture_output=True, text=True)
    expected = f"degradation_check.py {degradation_check.__version__}\n"
    assert (finished.returncode, finished.stdout, finished.stderr) == (0, expected, "")
    assert degradation_check.__version__.count(".") == 2  # major.minor.patch


# When the verdict cannot be written, the status is 2, never 1 ("degraded") or Python's 120.

VERDICTS = {
    "degraded, --exit-code": ["--exit-code"],
    "stable, --exit-code": ["--new", "0.8", "--exit-code"],
    "degraded": [],
    "stable": ["--new", "0.8"],
}


def closed_pipe() -> int:
    """Return the writing end of a pipe whose reader has already gone, as after `| head -0`."""
    reader, writer = os.pipe()
    os.close(reader)
    return writer


def run_into(stdout, arguments, unbuffered, **options) -> subprocess.CompletedProcess:
    """Run the script with its stdout sent somewhere that cannot take the verdict."""
    environment = {**os.environ, "PYTHONUNBUFFERED": "1" if unbuffered else ""}
    return run_script(*arguments, stdout=stdout, env=environment, **options)


def cannot_write(reason: str) -> bytes:
    return f"degradation_check.py: error: cannot write to stdout: {reason}\n".encode()


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("arguments", VERDICTS.values(), ids=VERDICTS.keys())
def test_closed_pipe_exits_2_with_one_line(arguments, unbuffered):
    writer = closed_pipe()
    finished = run_into(writer, arguments, unbuffered, stderr=subprocess.PIPE)
    os.close(writer)
    assert (finished.returncode, finished.stderr) == (2, cannot_write("Broken pipe"))


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("arguments", VERDICTS.values(), ids=VERDICTS.keys())
def test_full_disk_exits_2_with_one_line(arguments, unbuffered):
    with open("/dev/full", "wb") as full:
        finished = run_into(full, arguments, unbuffered, stderr=subprocess.PIPE)
    assert (finished.returncode, finished.stderr) == (2, cannot_write("No space left on device"))


@pytest.mark.parametrize("arguments", VERDICTS.values(), ids=VERDICTS.keys())
def test_closed_stdout_exits_2_with_one_line(arguments):
    # `>&-` starts Python with no stdout at all, where print() writes nothing and says nothing.
    command = ["bash", "-c", 'exec "$@" >&-', "bash", sys.executable, str(SCRIPT), *arguments]
    finished = subprocess.run(command, capture_output=True, timeout=30, check=False)
    assert (finished.returncode, finished.stderr) == (2, cannot_write("Bad file descriptor"))


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("arguments", [["--exit-code"], ["--new", "65"], ["--version"]])
def test_stderr_on_the_same_closed_pipe_still_exits_2(arguments, unbuffered):
    # As in `degradation_check.py --exit-code 2>&1 | head -0`: not even the error can be written.
    writer = closed_pipe()
    finished = run_into(writer, arguments, unbuffered, stderr=writer)
    os.close(writer)
    assert finished.returncode == 2
