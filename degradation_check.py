"""Why machine-learning models degrade in production
===================================================

A churn model scored 85% accuracy on the day it was deployed. Five
months later customers, prices and upstream pipelines have moved on,
and the same model scores 65% on fresh labelled data. Nothing crashed:
the model just got worse. Steps 1 to 4 are the simplest guard: measure
accuracy again, compare the drop with a threshold fixed in advance, and
sound the alarm when the drop is larger.
"""

# Step 1: accuracy on the day the model was deployed, and on fresh
# labelled data five months later. In between, the world drifted away
# from the data the model was trained on.
initial_accuracy = {"accuracy": 0.85, "date": "2024-01-01"}
new_accuracy = {"accuracy": 0.65, "date": "2024-06-01"}

# Step 2: the largest drop we tolerate, ten points of accuracy. Fix it
# before you look at the new number, so a bad result cannot loosen it.
degradation_threshold = 0.1

# Step 3: is the drop larger than the threshold?
accuracy_drop = initial_accuracy["accuracy"] - new_accuracy["accuracy"]
# In binary floats 0.8 - 0.7 is 0.10000000000000009, larger than 0.1.
# Accuracies have a few decimals and float error is near 1e-16, so
# rounding to ten places removes only the error: a drop equal to the
# threshold stays equal. The lesson's 0.85 - 0.65 is degraded either way.
accuracy_drop = round(accuracy_drop, 10)
if accuracy_drop > degradation_threshold:
    result = "Model performance degraded significantly"
else:
    result = "Model performance is stable"

# Step 4: print the verdict when the file is run, not when something
# (a test, say) imports it. The takeaway: accuracy is not a constant.
# Measure it again, compare the drop with a threshold fixed in advance,
# and retrain when the drop is larger.
if __name__ == "__main__":
    print(result)
