"""A reverse Polish calculator and an infix tokenizer/evaluator with precedence."""


class CalcError(Exception):
    pass


class Stack:
    def __init__(self):
        self._data = []

    def push(self, x):
        self._data.append(x)

    def pop(self):
        if not self._data:
            raise CalcError("stack underflow")
        return self._data.pop()

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return bool(self._data)

    def __repr__(self):
        return f"Stack({self._data})"


OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "^": lambda a, b: a ** b,
}


def rpn(expr):
    st = Stack()
    for tok in expr.split():
        if tok in OPS:
            b, a = st.pop(), st.pop()
            try:
                st.push(OPS[tok](a, b))
            except ZeroDivisionError as e:
                raise CalcError(f"{a} {tok} {b}: {e}") from e
        else:
            try:
                st.push(int(tok))
            except ValueError:
                st.push(float(tok))
    if len(st) != 1:
        raise CalcError(f"leftover values: {st}")
    return st.pop()


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(int(text[i:j]))
            i = j
        elif c in "+-*/()":
            tokens.append(c)
            i += 1
        else:
            raise CalcError(f"bad character {c!r} at {i}")
    return tokens


PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if isinstance(t, int):
            out.append(str(t))
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise CalcError("unbalanced )")
            ops.pop()
        else:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
    while ops:
        op = ops.pop()
        if op == "(":
            raise CalcError("unbalanced (")
        out.append(op)
    return " ".join(out)


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "7 2 /", "7 2 //", "-7 2 %", "1.5 2 *", "1 0 /", "1 +", "1 2"]:
    try:
        print(f"{e!r:>22} = {rpn(e)!r}")
    except CalcError as err:
        cause = err.__cause__
        print(f"{e!r:>22} ! {err}" + (f" (caused by {type(cause).__name__})" if cause else ""))
for text in ["1 + 2 * 3", "(1 + 2) * 3", "100 / (4 - 2) / 5", "2 * (3 + 4) * 5 - 6", "(1 + 2", "3 $ 4"]:
    try:
        r = to_rpn(tokenize(text))
        print(f"{text} -> {r} -> {rpn(r)}")
    except CalcError as err:
        print(f"{text} -> error: {err}")
s = Stack()
print(bool(s), len(s), s)
s.push(1)
print(bool(s), s)
rpn("4 0 %")
# expect:                '3 4 +' = 7
# expect:    '5 1 2 + 4 * + 3 -' = 14
# expect:               '2 10 ^' = 1024
# expect:                '7 2 /' = 3.5
# expect:               '7 2 //' = 3
# expect:               '-7 2 %' = 1
# expect:              '1.5 2 *' = 3.0
# expect:                '1 0 /' ! 1 / 0: division by zero (caused by ZeroDivisionError)
# expect:                  '1 +' ! stack underflow
# expect:                  '1 2' ! leftover values: Stack([1, 2])
# expect: 1 + 2 * 3 -> 1 2 3 * + -> 7
# expect: (1 + 2) * 3 -> 1 2 + 3 * -> 9
# expect: 100 / (4 - 2) / 5 -> 100 4 2 - / 5 / -> 10.0
# expect: 2 * (3 + 4) * 5 - 6 -> 2 3 4 + * 5 * 6 - -> 64
# expect: (1 + 2 -> error: unbalanced (
# expect: 3 $ 4 -> error: bad character '$' at 2
# expect: False 0 Stack([])
# expect: True Stack([1])
# expect runtime error: trap 4
# expect stderr: CalcError: 4 % 0: integer modulo by zero
