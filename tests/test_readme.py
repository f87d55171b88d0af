"""Every example README.md shows with its output must print that output, so the two cannot drift."""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def console_examples() -> list[tuple[str, str]]:
    """Return (command, expected output) for each `$ ` line in the README's console blocks."""
    examples = []
    for block in re.findall(r"^```console\n(.*?)^```", README, flags=re.DOTALL | re.MULTILINE):
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
    )
    assert finished.stdout == output


def test_ci_runs_the_readme_test_command():
    test_command = re.search(r"^```bash\n(.*pytest.*)\n```", README, flags=re.MULTILINE).group(1)
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def test_installed_console_script_runs_the_lesson():
    command = Path(sys.executable).parent / "degradation-check"
    if not command.exists():
        pytest.skip("degradation-check is not installed in this environment")
    finished = subprocess.run([command, "--exit-code"], capture_output=True, text=True, timeout=30)
    expected = (1, "Model performance degraded significantly\n")
    assert (finished.returncode, finished.stdout) == expected
