"""README.md shows what the code does. Its Python sessions run as doctests (--doctest-glob)."""

import math
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from statistics import NormalDist

import degradation_check as lesson

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
README_TEXT = " ".join(README.split())  # its prose, with line breaks folded into spaces


def test_readme_shows_what_the_script_prints():
    run = [sys.executable, "degradation_check.py"]
    printed = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert f"```console\n$ python degradation_check.py\n{printed}```" in README


def test_readme_quotes_the_lessons_numbers():
    initial, new = lesson.initial_accuracy, lesson.new_accuracy
    assert int(new["date"][5:7]) - int(initial["date"][5:7]) == 5  # from January to June
    assert f"({initial['accuracy']} on {initial['date']})" in README_TEXT
    assert f"five months later ({new['accuracy']} on {new['date']})" in README_TEXT
    assert f"largest drop we tolerate, {lesson.degradation_threshold}," in README_TEXT
    # Decimal, not the script's own arithmetic, says what the drops are.
    drop = Decimal(str(initial["accuracy"])) - Decimal(str(new["accuracy"]))
    assert drop == 2 * Decimal(str(lesson.degradation_threshold))
    assert f"The drop is {drop}, twice the threshold" in README_TEXT
    smaller_drop = Decimal(str(initial["accuracy"])) - Decimal("0.80")
    assert f"from {new['accuracy']} to 0.80 and the drop of {smaller_drop} is" in README_TEXT


def test_readme_counts_for_the_naive_if():
    # Two-decimal accuracies and thresholds as integer hundredths, where subtraction is exact.
    cases = [(i, j, t) for t in range(1, 21) for i in range(101) for j in range(101)]
    ties = {(i, j, t) for i, j, t in cases if i - j == t}
    naive_wrong = {(i, j, t) for i, j, t in cases if (i / 100 - j / 100 > t / 100) != (i - j > t)}
    assert naive_wrong <= ties, "the naive if is wrong only on exact ties"
    assert all(i / 100 - j / 100 > t / 100 for i, j, t in naive_wrong), "it calls them degraded"
    assert (
        f"({len(cases):,} cases) there are {len(ties):,} exact ties, where the drop equals the "
        f'threshold; the naive `if` calls {len(naive_wrong)} of those ties "degraded" and gets '
        "every other case right"
    ) in README_TEXT


def test_readme_margins_of_error():
    z = NormalDist().inv_cdf(0.975)  # the 95% two-sided quantile of the normal distribution
    assert f"about {z:.2f}·√(p(1\N{MINUS SIGN}p)/n)" in README_TEXT
    for n in (50, 500):
        assert f"±{z * math.sqrt(0.85 * 0.15 / n):.3f} for p = 0.85 and n = {n}" in README_TEXT
