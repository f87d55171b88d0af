"""Why machine-learning models degrade in production
===================================================

A model is trained on yesterday's data and then serves tomorrow's. At deployment it scored
85% accuracy; five months later customers, prices and upstream pipelines have moved on, and
the same model scores 65% on fresh labelled data. Nothing crashed, nothing logged an error:
the model just got worse. The simplest guard is to measure accuracy again, compare the drop
with a threshold chosen in advance, and raise the alarm when the drop is larger.

Usage:
    python degradation_check.py                          # the lesson: 0.85 -> 0.65, threshold 0.1
    python degradation_check.py --initial 0.8 --new 0.7  # try your own numbers
    python degradation_check.py --exit-code              # exit 1 when degraded, for pipelines
"""

from __future__ import annotations

import argparse
import sys
from fractions import Fraction

# Step 1: accuracy on the day the model was deployed, and on fresh labelled data months later.
# Between the two dates the world drifted away from the data the model was trained on.
initial_accuracy = {"accuracy": 0.85, "date": "2024-01-01"}
new_accuracy = {"accuracy": 0.65, "date": "2024-06-01"}

# Step 2: the largest drop we tolerate, ten points of accuracy. Fix it before you look at the
# new number, so that a bad result cannot talk you into a looser threshold.
degradation_threshold = 0.1

DEGRADED = "Model performance degraded significantly"
STABLE = "Model performance is stable"


def as_written(number: float) -> Fraction:
    """Return the number exactly as Python writes it: 0.7 becomes 7/10."""
    return Fraction(repr(number))


# Step 3: compare the drop, initial_accuracy["accuracy"] - new_accuracy["accuracy"] by default,
# with degradation_threshold.
def check_degradation(initial: float, new: float, threshold: float) -> str:
    """Return the verdict on a model whose accuracy went from `initial` to `new`."""
    # Binary floats only approximate decimals: 0.8 - 0.7 gives 0.10000000000000009, which would
    # call a drop of exactly 0.1 "degraded". Exact fractions compare the numbers as written.
    drop = as_written(initial) - as_written(new)
    if drop > as_written(threshold):
        return DEGRADED
    return STABLE


def number_from_0_to_1(text: str) -> float:
    """Parse a command-line value that must be a finite number from 0 to 1."""
    problem = f"expected a number from 0 to 1, such as 0.65 for 65%, got {text!r}"
    try:
        number = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(problem) from None
    if not 0 <= number <= 1:  # NaN fails every comparison, so it is refused here too
        raise argparse.ArgumentTypeError(problem)
    return number


def main(argv: list[str] | None = None) -> int:
    """Run the check from the command line and return the exit status."""
    parser = argparse.ArgumentParser(
        description="Say whether a model's accuracy dropped by more than a threshold."
    )
    for option, metavar, default, meaning in [
        ("--initial", "ACCURACY", initial_accuracy["accuracy"], "accuracy at deployment"),
        ("--new", "ACCURACY", new_accuracy["accuracy"], "accuracy measured later"),
        ("--threshold", "DROP", degradation_threshold, "largest drop that still counts as stable"),
    ]:
        help_text = f"{meaning}, from 0 to 1 (default: {default})"
        parser.add_argument(
            option, metavar=metavar, type=number_from_0_to_1, default=default, help=help_text
        )
    parser.add_argument(
        "--exit-code",
        action="store_true",
        help="exit with status 1 when performance degraded, 0 when stable",
    )
    args = parser.parse_args(argv)  # bad input stops here: a usage error and exit status 2
    result = check_degradation(args.initial, args.new, args.threshold)

    # Step 4: show the verdict.
    print(result)
    # Like `git diff --exit-code`, the status lets a pipeline stop on a degraded model.
    return 1 if args.exit_code and result == DEGRADED else 0


# The takeaway: accuracy is not a constant. Measure it again on fresh labelled data, compare the
# drop with a threshold fixed in advance (exactly, not in binary floats), and retrain when it fails.
if __name__ == "__main__":
    sys.exit(main())
