x = 3
assert x > 5, f"x is only {x}"
# expect runtime error: trap 4
# expect stderr: AssertionError: x is only 3
