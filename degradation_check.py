"""Why machine-learning models degrade in production
=================================================

A churn model scored 85% accuracy on labelled customers from its first
month in production. Five months later it scores 65% on fresh labelled
customers. Nothing crashed and the model never changed: the world did, or
the pipelines that feed the model. Only measuring again shows how far.
Steps 1 to 4 are the simplest guard: compare the drop with a threshold,
and sound the alarm when the drop is larger.
"""

# Step 1: the accuracy in the first month after deployment and five months
# later, each dated by the month it starts. The gap is the time the world
# had to drift since the first month.
initial_accuracy = {"accuracy": 0.85, "date": "2024-01-01"}
new_accuracy = {"accuracy": 0.65, "date": "2024-06-01"}

# Step 2: the largest drop we tolerate, ten percentage points, set before the
# new accuracy is measured so that a bad result cannot loosen it.
degradation_threshold = 0.1

# Step 3: is the drop larger than the threshold? Binary floats make the tie
# 0.8 - 0.7 come out as 0.10000000000000009; rounding keeps a tie a tie.
accuracy_drop = round(initial_accuracy["accuracy"] - new_accuracy["accuracy"], 10)
if accuracy_drop > degradation_threshold:
    result = "Model performance degraded significantly"
else:
    result = "Model performance is stable"

# Step 4: the verdict, for whoever watches the model.
print(result)
