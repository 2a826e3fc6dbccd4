# match (PEP 634): literal, capture, wildcard, value, sequence, mapping, class, or and as patterns, guards.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Color:
    RED = "red"
    GREEN = "green"

def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "red!"
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y] if x == y:
            return f"pair of {x}"
        case [x, *rest] if len(rest) > 2:
            return f"long from {x} rest {rest}"
        case (a, b):
            return f"two {a} {b}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": kind, **others}:
            return f"shape {kind} {others}"
        case {}:
            return "some dict"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(px, py) as p if px == py:
            return f"diagonal {px} {p.x}"
        case Point():
            return "a point"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"string {s!r}"
        case float(f) | int(f):
            return f"number {f}"
        case _:
            return "other"

for v in [0, 2, -1, "hi", None, True, False, "red", [], [5], [4, 4], [1, 2, 3, 4], (1, 2), [1, 2, 3],
          {"type": "circle", "r": 3}, {"type": "square", "side": 2, "c": 1}, {"x": 1},
          Point(0, 0), Point(0, 7), Point(3, 3), Point(1, 2), 500, "abc", 2.5, 50, range(3), "x"]:
    print(describe(v))

match 1, 2:
    case (1, y):
        print("tuple subject", y)
x = "outside"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        print("x kept", x)
match {"a": [1, {"b": 2}]}:
    case {"a": [_, {"b": bb}]}:
        print("nested", bb)
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
class Bad:
    pass
try:
    match Bad():
        case Bad(1):
            pass
except TypeError as e:
    print("TypeError", e)
for value in ["s", 3]:
    try:
        match value:
            case int(a, b):
                pass
            case _:
                print("not an int", value)
    except TypeError as e:
        print("TypeError", e)
match Point(1, 2):
    case Point(1, 2, 3):
        pass
# expect: zero
# expect: small
# expect: minus one
# expect: greeting
# expect: none
# expect: small
# expect: zero
# expect: red!
# expect: empty
# expect: one 5
# expect: pair of 4
# expect: long from 1 rest [2, 3, 4]
# expect: two 1 2
# expect: first 1 middle [2] last 3
# expect: circle 3
# expect: shape square {'side': 2, 'c': 1}
# expect: some dict
# expect: origin
# expect: on y axis 7
# expect: diagonal 3 3
# expect: a point
# expect: big 500
# expect: string 'abc'
# expect: number 2.5
# expect: number 50
# expect: first 0 middle [1] last 2
# expect: string 'x'
# expect: tuple subject 2
# expect: x kept outside
# expect: nested 2
# expect: going north
# expect: TypeError Bad() accepts 0 positional sub-patterns (1 given)
# expect: not an int s
# expect: TypeError int() accepts 1 positional sub-pattern (2 given)
# expect runtime error: trap 4
# expect stderr: TypeError: Point() accepts 2 positional sub-patterns (3 given)
