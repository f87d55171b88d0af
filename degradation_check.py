"""Why machine-learning models degrade in production
===================================================

A model is trained on yesterday's data and then serves tomorrow's. At deployment it scored 85%
accuracy; five months later customers, prices and upstream pipelines have moved on, and the same
model scores 65% on fresh labelled data. Nothing crashed: the model just got worse. Steps 1 to 4
below are the simplest guard: measure accuracy again, compare the drop with a threshold chosen in
advance, and raise the alarm when the drop is larger. Run `python degradation_check.py`.
"""

import argparse
import numbers
import os
import sys
from fractions import Fraction

__version__ = "1.1.0"

# Step 1: accuracy on the day the model was deployed, and on fresh labelled data months later.
# Between the two dates the world drifted away from the data the model was trained on.
initial_accuracy = {"accuracy": 0.85, "date": "2024-01-01"}
new_accuracy = {"accuracy": 0.65, "date": "2024-06-01"}

# Step 2: the largest drop we tolerate, ten points of accuracy. Fix it before you look at the
# new number, so that a bad result cannot talk you into a looser threshold.
degradation_threshold = 0.1


def check_degradation(initial_accuracy, new_accuracy, degradation_threshold) -> str:
    """Step 3: compare the drop in accuracy with the threshold, and return the verdict."""
    # Binary floats only approximate decimals: 0.8 - 0.7 is 0.10000000000000009, which would
    # call a drop of exactly 0.1 "degraded". exact(), below, reads 0.7 as 7/10, as it is written.
    accuracy_drop = exact(initial_accuracy["accuracy"]) - exact(new_accuracy["accuracy"])
    if accuracy_drop > exact(degradation_threshold):
        result = "Model performance degraded significantly"
    else:
        result = "Model performance is stable"
    return result


def print_verdict(initial_accuracy, new_accuracy, degradation_threshold) -> str:
    """Step 4: show the verdict, and return it."""
    result = check_degradation(initial_accuracy, new_accuracy, degradation_threshold)
    print(result)
    return result


# The takeaway: accuracy is not a constant. Measure it again on fresh labelled data, compare the
# drop with a threshold fixed in advance, and retrain when it fails. The rest is the tool.
EXPECTED = "expected a number from 0 to 1, such as 0.65 for 65%"


def exact(number) -> Fraction:
    """Return an accuracy or a threshold as the decimal it shows: 0.7 is 7/10, not 0.6999..."""
    if isinstance(number, bool) or not isinstance(number, numbers.Number):
        raise TypeError(f"{EXPECTED}, got {number!r}")
    try:  # str(), not repr(): numpy writes np.float64(0.7) in its repr, and 0.7 in its str
        value = Fraction(str(number))
    except ValueError:  # NaN and the infinities have no exact value
        value = None
    if value is None or not 0 <= value <= 1:
        raise ValueError(f"{EXPECTED}, got {number!r}")
    return value


def proportion(text: str) -> Fraction:
    """Parse a command-line value that must be a number from 0 to 1."""
    try:
        return exact(float(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{EXPECTED}, got {text!r}") from None


class ArgumentParser(argparse.ArgumentParser):  # argparse's, but a failed write is an error
    def _print_message(self, message, file=None):  # raise if it fails, as argparse did before 3.11
        print(message, end="", file=file or sys.stderr, flush=True)

    def cannot_write(self, error: OSError) -> int:
        """Say on stderr why stdout could not be written, and return exit status 2."""
        # Point stdout at devnull, as Python's SIGPIPE docs advise, or the exit flush makes it 120.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        try:
            print(f"{self.prog}: error: cannot write to stdout: {error.strerror}", file=sys.stderr)
        except OSError:  # stderr is the same closed pipe or full disk: silence it too
            os.dup2(devnull, 2)
        return 2


def main(argv=None) -> int:
    """Check the command line's numbers (sys.argv[1:] by default) and return the exit status."""
    parser = ArgumentParser(
        description="Say whether a model's accuracy dropped by more than a threshold.",
        epilog="Exit status: 0 stable (or any verdict without --exit-code), 1 degraded with "
        "--exit-code, 2 bad input or the verdict could not be written.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
        allow_abbrev=False,  # a gate's options keep their meaning when new options are added
    )
    parser.add_argument("--initial", metavar="ACCURACY", type=proportion, help="at deployment")
    parser.add_argument("--new", metavar="ACCURACY", type=proportion, help="measured months later")
    parser.add_argument("--threshold", metavar="DROP", type=proportion, help="largest stable drop")
    parser.set_defaults(  # the lesson's numbers
        initial=initial_accuracy["accuracy"],
        new=new_accuracy["accuracy"],
        threshold=degradation_threshold,
    )
    parser.add_argument("--exit-code", action="store_true", help="exit 1 when degraded, else 0")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    try:
        args = parser.parse_args(argv)  # --help, --version and bad input (status 2) end here
        os.fstat(1)  # with stdout closed (`>&-`) print() would write nothing and raise nothing
        result = print_verdict({"accuracy": args.initial}, {"accuracy": args.new}, args.threshold)
        sys.stdout.flush()  # a buffered stdout meets a closed pipe or a full disk only here
    except OSError as error:
        return parser.cannot_write(error)
    return 1 if args.exit_code and result == "Model performance degraded significantly" else 0


if __name__ == "__main__":
    sys.exit(main())
