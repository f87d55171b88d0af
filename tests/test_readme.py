"""README.md shows only what the code does: every example is run, every number recomputed."""

import doctest
import math
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from statistics import NormalDist

import pytest

import degradation_check

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
README_TEXT = " ".join(README.split())  # its prose, with line breaks folded into spaces


def code_blocks(language: str) -> list[str]:
    """Return the contents of the README's code blocks in one language."""
    return re.findall(rf"^```{language}\n(.*?)^```", README, flags=re.DOTALL | re.MULTILINE)


def console_examples() -> list[tuple[str, str]]:
    """Return (command, expected output) for each `$ ` line in the README's console blocks."""
    examples = []
    for block in code_blocks("console"):
        for example in re.split(r"^(?=\$ )", block, flags=re.MULTILINE):
            if example:
                command, _, output = example.partition("\n")
                examples.append((command.removeprefix("$ "), output))
    return examples


EXAMPLES = console_examples()


def test_readme_shows_the_lesson_and_several_examples():
    assert ("python degradation_check.py", "Model performance degraded significantly\n") in EXAMPLES
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize(("command", "output"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_prints_what_the_readme_shows(command, output):
    assert command.startswith("python "), "examples run this test's own Python"
    command = shlex.quote(sys.executable) + command.removeprefix("python")
    environment = {**os.environ, "COLUMNS": "80"}  # argparse wraps usage lines to the terminal
    finished = subprocess.run(
        ["bash", "-c", command],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # as a terminal shows both
        text=True,
        timeout=30,
        check=False,
    )
    assert finished.stdout == output


def test_readme_python_session_prints_what_the_readme_shows():
    blocks = code_blocks("pycon")
    assert blocks, "the README shows how to use the check from Python"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for number, block in enumerate(blocks):
        session = doctest.DocTestParser().get_doctest(block, {}, f"pycon {number}", "README.md", 0)
        runner.run(session)
    failed, attempted = runner.summarize(verbose=False)
    assert (failed, attempted >= 5) == (0, True)


def test_readme_counts_for_the_naive_if():
    # Two-decimal accuracies and thresholds as integer hundredths, where subtraction is exact.
    cases = [(i, j, t) for t in range(1, 21) for i in range(101) for j in range(101)]
    ties = {(i, j, t) for i, j, t in cases if i - j == t}
    naive_wrong = {(i, j, t) for i, j, t in cases if (i / 100 - j / 100 > t / 100) != (i - j > t)}
    assert len(cases) == 101 * 101 * 20
    assert len(ties) == sum(101 - t for t in range(1, 21))  # t + 1 ... 100 for the first accuracy
    assert naive_wrong <= ties, "the naive if is wrong only on exact ties"
    assert all(i / 100 - j / 100 > t / 100 for i, j, t in naive_wrong), "it calls them degraded"
    assert (
        f"({len(cases):,} cases) there are {len(ties):,} exact ties, where the drop equals the "
        f'threshold; the naive `if` calls {len(naive_wrong)} of those ties "degraded" and gets '
        "every other case right"
    ) in README_TEXT


def test_readme_margins_of_error():
    z = NormalDist().inv_cdf(0.975)  # the 95% two-sided quantile of the normal distribution

    def margin(p: float, n: int) -> float:
        return z * math.sqrt(p * (1 - p) / n)

    assert f"{z:.2f}" == "1.96"
    assert "about 1.96·√(p(1\N{MINUS SIGN}p)/n)" in README_TEXT
    assert f"±{margin(0.85, 50):.3f} for p = 0.85 and n = 50" in README_TEXT
    assert f"±{margin(0.85, 500):.3f} for p = 0.85 and n = 500" in README_TEXT
    assert f"{margin(0.85, 50):.3f}" == "0.099"  # as large as the lesson's threshold of 0.1


def ci_line_with_the_readme_test_command() -> str:
    """Return the line of .ci/run that runs the README's test command."""
    ci = ROOT / ".ci" / "run"
    if not ci.exists():
        pytest.skip(".ci/run is not in the source distribution")
    test_command = code_blocks("bash")[0].strip()
    assert "pytest" in test_command
    lines = [line for line in ci.read_text(encoding="utf-8").splitlines() if test_command in line]
    assert len(lines) == 1, ".ci/run runs the README's test command, verbatim, once"
    return lines[0]


def test_ci_runs_the_readme_test_command():
    assert ci_line_with_the_readme_test_command().startswith("python -m venv .venv && ")


def fake_program(path: Path, status: int) -> None:
    """Write a program that does nothing but exit with this status."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\nexit {status}\n")
    path.chmod(0o755)


def test_ci_fails_when_any_step_of_the_readme_test_command_fails(tmp_path):
    # `python -m venv .venv` works, then pip install fails, as where requires-python excludes it.
    fake_program(tmp_path / "bin" / "python", 0)
    fake_program(tmp_path / ".venv" / "bin" / "python", 1)
    ci_script = f"set -euo pipefail\n{ci_line_with_the_readme_test_command()}\necho went on\n"
    environment = {**os.environ, "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    finished = subprocess.run(
        ["bash", "-c", ci_script],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert (finished.returncode, finished.stdout) == (1, "")


def test_installed_console_script_runs_the_lesson():
    command = Path(sys.executable).parent / "degradation-check"
    if not command.exists():
        pytest.skip("degradation-check is not installed in this environment")
    finished = subprocess.run(
        [command, "--exit-code"], capture_output=True, text=True, timeout=30, check=False
    )
    expected = (1, "Model performance degraded significantly\n")
    assert (finished.returncode, finished.stdout) == expected


def test_installed_version_is_the_scripts_version():
    from importlib import metadata

    try:
        installed = metadata.version("degradation-check")
    except metadata.PackageNotFoundError:
        pytest.skip("degradation-check is not installed in this environment")
    assert installed == degradation_check.__version__
