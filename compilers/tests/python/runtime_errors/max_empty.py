scores = []
print(max(scores, default=0), min([], default="none"))
try:
    print(min(scores))
except ValueError as e:
    print("ValueError:", e)
print(max(scores))
# The message is CPython 3.11's, the CI's reference; 3.12 says "max() iterable argument is empty".
# expect: 0 none
# expect: ValueError: min() arg is an empty sequence
# expect runtime error: trap 4 at line 7
# expect stderr: ValueError: max() arg is an empty sequence
