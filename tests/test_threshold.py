"""Tests for the exact threshold: a drop equal to it is stable, for every type of number."""

import random
import re
from decimal import Decimal
from fractions import Fraction

import pytest

from degradation_check import check_degradation

DEGRADED = "Model performance degraded significantly"
STABLE = "Model performance is stable"
EXPECTED = "expected a number from 0 to 1, such as 0.65 for 65%"


def verdict(initial, new, threshold) -> str:
    """Check two accuracies, written in the lesson's records, against a threshold."""
    return check_degradation({"accuracy": initial}, {"accuracy": new}, threshold)


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
    assert verdict(initial, new, threshold) == expected


@pytest.mark.parametrize("threshold_hundredths", [1, 10, 15])
def test_every_two_decimal_pair_against_integer_hundredths(threshold_hundredths):
    for initial in range(101):
        for new in range(101):
            # The reference: integer hundredths, where subtraction is exact.
            expected = DEGRADED if initial - new > threshold_hundredths else STABLE
            got = verdict(initial / 100, new / 100, threshold_hundredths / 100)
            assert got == expected, (initial, new, threshold_hundredths)


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
            assert verdict(*map(float, texts)) == expected, texts


# Metric code hands out many types of number; each counts as the decimal its str() shows.


class Accuracy(float):
    """A stand-in for numpy's scalars: its repr() is not its str(), as with np.float64(0.8)."""

    def __repr__(self) -> str:
        return f"Accuracy({float(self)!r})"

    def __str__(self) -> str:
        return repr(float(self))


NUMBER_TYPES = [float, Decimal, Fraction, Accuracy]


def test_the_stand_in_shows_a_repr_that_is_no_number():
    assert (repr(Accuracy(0.8)), str(Accuracy(0.8))) == ("Accuracy(0.8)", "0.8")


@pytest.mark.parametrize("number", NUMBER_TYPES, ids=lambda kind: kind.__name__)
@pytest.mark.parametrize(
    ("initial", "new", "threshold", "expected"),
    [("0.8", "0.7", "0.1", STABLE), ("0.8", "0.69", "0.1", DEGRADED), ("0.7", "0.8", "0", STABLE)],
)
def test_ties_and_drops_in_every_number_type(number, initial, new, threshold, expected):
    assert verdict(number(initial), number(new), number(threshold)) == expected


@pytest.mark.parametrize(
    ("initial", "new", "threshold", "expected"),
    [(1, 0, 1, STABLE), (1, 0, 0, DEGRADED), (0, 0, 0, STABLE), (1, 0, 0.999, DEGRADED)],
)
def test_whole_numbers(initial, new, threshold, expected):
    assert verdict(initial, new, threshold) == expected


NUMPY_TYPES = ["float64", "float32", "float16", "longdouble"]


@pytest.mark.parametrize("name", NUMPY_TYPES)
def test_numpy_floating_scalars_tie_as_written(name):
    numpy = pytest.importorskip("numpy")
    number = getattr(numpy, name)
    assert verdict(number("0.8"), number("0.7"), number("0.1")) == STABLE
    assert verdict(number("0.8"), number("0.7"), 0.1) == STABLE
    assert verdict(number("0.8"), number("0.69"), number("0.1")) == DEGRADED


@pytest.mark.parametrize("name", ["int64", "int8", "uint8"])
def test_numpy_integer_scalars(name):
    numpy = pytest.importorskip("numpy")
    number = getattr(numpy, name)
    assert verdict(number(1), number(0), number(1)) == STABLE
    assert verdict(number(1), number(0), 0.5) == DEGRADED


# A bad value gets an error that names it, never a verdict.

OUT_OF_RANGE = [
    float("nan"),
    float("inf"),
    float("-inf"),
    1.01,
    -0.01,
    2,
    85,
    Fraction(3, 2),
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("-0.5"),
    Accuracy("nan"),
    Accuracy(1.5),
    1j,
]
NOT_NUMBERS = ["0.5", "", None, True, False, [0.5], {"accuracy": 0.5}]
POSITIONS = ["initial", "new", "threshold"]


def refusal(value) -> str:
    """Return a pattern for exactly the error message that names this bad value."""
    return f"^{re.escape(f'{EXPECTED}, got {value!r}')}$"


def with_bad_value(position: str, value) -> tuple:
    """Return the lesson's arguments with one of them replaced by a bad value."""
    arguments = {"initial": 0.85, "new": 0.65, "threshold": 0.1, position: value}
    return arguments["initial"], arguments["new"], arguments["threshold"]


@pytest.mark.parametrize("position", POSITIONS)
@pytest.mark.parametrize("value", OUT_OF_RANGE, ids=repr)
def test_values_that_are_no_number_from_0_to_1_raise_value_error(position, value):
    with pytest.raises(ValueError, match=refusal(value)):
        verdict(*with_bad_value(position, value))


@pytest.mark.parametrize("position", POSITIONS)
@pytest.mark.parametrize("value", NOT_NUMBERS, ids=repr)
def test_non_numbers_raise_type_error(position, value):
    with pytest.raises(TypeError, match=refusal(value)):
        verdict(*with_bad_value(position, value))


def test_numpy_nan_raises_value_error():
    numpy = pytest.importorskip("numpy")
    with pytest.raises(ValueError, match=r"got np\.float64\(nan\)$|got nan$"):
        verdict(numpy.float64("nan"), 0.5, 0.1)
