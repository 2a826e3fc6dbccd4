def mean(xs):
    assert len(xs) > 0, "empty list"
    return sum(xs) // len(xs)
print(mean([2, 4, 9]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e)
assert 1 + 1 == 2
print("fine")
# expect: 5
# expect: AssertionError: empty list
# expect: fine
