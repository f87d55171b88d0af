"""The exact threshold: a drop equal to it is stable, whatever the type of number."""

import re
from decimal import Decimal
from fractions import Fraction

import pytest

from degradation_check import check_degradation

DEGRADED = "Model performance degraded significantly"
STABLE = "Model performance is stable"


def verdict(initial, new, threshold):
    """Check two accuracies, written in the lesson's records, against a threshold."""
    return check_degradation({"accuracy": initial}, {"accuracy": new}, threshold)


@pytest.mark.parametrize(
    ("initial", "new", "threshold", "expected"),
    [
        pytest.param(0.8, 0.7, 0.1, STABLE, id="the tie (floats say 0.10000000000000009)"),
        pytest.param(0.8, 0.69, 0.1, DEGRADED, id="just over the threshold"),
        pytest.param(0.8, 0.71, 0.1, STABLE, id="just under the threshold"),
        pytest.param(0.65, 0.85, 0.1, STABLE, id="an improvement"),
        pytest.param(0.5, 0.5, 0, STABLE, id="threshold 0, no change"),
        pytest.param(0.5, 0.499999, 0, DEGRADED, id="threshold 0, any drop"),
        pytest.param(1, 0, 1, STABLE, id="threshold 1, the largest drop, in whole numbers"),
    ],
)
def test_named_cases(initial, new, threshold, expected):
    assert verdict(initial, new, threshold) == expected


def test_every_two_decimal_case_against_integer_hundredths():
    # The README's 204,020 cases: accuracies 0.00 to 1.00, thresholds 0.01 to 0.20.
    for threshold in range(1, 21):
        for initial in range(101):
            for new in range(101):
                expected = DEGRADED if initial - new > threshold else STABLE  # exact in integers
                got = verdict(initial / 100, new / 100, threshold / 100)
                assert got == expected, (initial, new, threshold)


class Accuracy(float):
    """A stand-in for numpy's scalars, whose repr() is not their str(): np.float64(0.8)."""

    __str__ = float.__repr__  # str() shows 0.8, as a float does

    def __repr__(self):
        return f"Accuracy({float(self)!r})"


@pytest.mark.parametrize("number", [float, Decimal, Fraction, Accuracy])
def test_each_type_of_number_counts_as_the_decimal_it_shows(number):
    assert verdict(number("0.8"), number("0.7"), number("0.1")) == STABLE
    assert verdict(number("0.8"), number("0.69"), number("0.1")) == DEGRADED


def test_numpy_scalars_count_as_the_decimal_they_show():
    number = pytest.importorskip("numpy").float32  # holds 0.7 as 0.699999988..., shows 0.7
    assert verdict(number("0.8"), number("0.7"), number("0.1")) == STABLE
    assert verdict(number("0.8"), number("0.69"), number("0.1")) == DEGRADED


BAD_VALUES = [
    ("new", 65),
    ("threshold", -0.01),
    ("initial", float("nan")),
    ("threshold", float("inf")),
    ("new", "0.65"),
]


@pytest.mark.parametrize(("position", "value"), BAD_VALUES, ids=repr)
def test_a_bad_value_gets_an_error_that_names_it(position, value):
    numbers = {"initial": 0.85, "new": 0.65, "threshold": 0.1, position: value}
    message = f"expected a number from 0 to 1, such as 0.9 for 90%, got {value!r}"
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        verdict(**numbers)
