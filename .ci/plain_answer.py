# The tutorial's four steps as a student types them, with no rounding.
# CI copies this over degradation_check.py to check the README's claim:
# it passes every test with -k "not float_tie", and fails only float_tie
# without it.

# Step 1
initial_accuracy = {"accuracy": 0.85, "date": "2024-01-01"}
new_accuracy = {"accuracy": 0.65, "date": "2024-06-01"}

# Step 2
degradation_threshold = 0.1

# Step 3
accuracy_drop = initial_accuracy["accuracy"] - new_accuracy["accuracy"]
if accuracy_drop > degradation_threshold:
    result = "Model performance degraded significantly"
else:
    result = "Model performance is stable"

# Step 4
print(result)
