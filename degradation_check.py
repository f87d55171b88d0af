"""Why machine-learning models degrade in production
===================================================

A churn model scored 85% accuracy on the day it was deployed. Five months later customers,
prices and upstream pipelines have moved on, and the same model scores 65% on fresh labelled
data. Nothing crashed: the model just got worse. Steps 1 to 4 are the simplest guard: measure
accuracy again, compare the drop with a threshold fixed in advance, and sound the alarm when the
drop is larger. Run `python degradation_check.py`, then edit the numbers and run it again.
"""

from fractions import Fraction

# Step 1: accuracy on the day the model was deployed, and on fresh labelled data months later.
# Between the two dates the world drifted away from the data the model was trained on.
initial_accuracy = {"accuracy": 0.85, "date": "2024-01-01"}
new_accuracy = {"accuracy": 0.65, "date": "2024-06-01"}

# Step 2: the largest drop we tolerate, ten points of accuracy. Fix it before you look at the
# new number, so that a bad result cannot talk you into a looser threshold.
degradation_threshold = 0.1


def exact(number):
    """Return a proportion from 0 to 1 as the decimal it shows: 0.7 as 7/10, not 0.69999..."""
    try:  # text, even "0.5", is not a number yet; NaN and infinities have no exact value
        value = None if isinstance(number, str) else Fraction(str(number))
    except ValueError:
        value = None
    if value is None or not 0 <= value <= 1:
        raise ValueError(f"expected a number from 0 to 1, such as 0.9 for 90%, got {number!r}")
    return value


# Step 3: compare the drop in accuracy with the threshold, in exact decimals. In binary floats
# 0.8 - 0.7 is 0.10000000000000009, and a drop of exactly 0.1 would count as degraded.
def check_degradation(initial_accuracy, new_accuracy, degradation_threshold):
    """Return the verdict on a model whose accuracy went from the first record to the second."""
    accuracy_drop = exact(initial_accuracy["accuracy"]) - exact(new_accuracy["accuracy"])
    if accuracy_drop > exact(degradation_threshold):
        result = "Model performance degraded significantly"
    else:
        result = "Model performance is stable"
    return result


result = check_degradation(initial_accuracy, new_accuracy, degradation_threshold)

# Step 4: print the verdict. With the lesson's numbers the drop is 0.20, twice the threshold.
# The takeaway: accuracy is not a constant. Measure it again on fresh labelled data, compare the
# drop with a threshold fixed in advance, and retrain when the drop is larger.
if __name__ == "__main__":
    print(result)
