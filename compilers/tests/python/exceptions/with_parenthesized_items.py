# with and its items in parentheses (Python 3.10): several items, a trailing comma, items over lines;
# `with (a):` is one item, and `with (a, b) as t:` one tuple, which is no context manager. Expected: CPython 3.11's.
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n); return False
with (CM(1) as a, CM(2) as b):
    print(a + b)
with (CM(3), CM(4),):
    print("two")
with (CM(5)):
    print("one")
with (CM(6)) as c:
    print(c)
with (
    CM(7) as d,
    CM(8),
):
    print(d)
try:
    with (CM(9), CM(10)) as t:
        print(t)
except AttributeError as e:
    print("AttributeError", e)
except TypeError as e:
    print("TypeError", e)
# expect: enter 1
# expect: enter 2
# expect: 3
# expect: exit 2
# expect: exit 1
# expect: enter 3
# expect: enter 4
# expect: two
# expect: exit 4
# expect: exit 3
# expect: enter 5
# expect: one
# expect: exit 5
# expect: enter 6
# expect: 6
# expect: exit 6
# expect: enter 7
# expect: enter 8
# expect: 7
# expect: exit 8
# expect: exit 7
# expect: TypeError 'tuple' object does not support the context manager protocol
