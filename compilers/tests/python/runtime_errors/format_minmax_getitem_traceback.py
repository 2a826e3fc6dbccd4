# a class's __format__; max's and min's comparisons as CPython's; a traceback after __getitem__ iteration
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return format(f"${self.cents / 100:.2f}", spec)

    def __str__(self):
        return "Money"


m = Money(5)
print(f"[{m:>8}] [{m}] [{m!s}] [{m!r:.3}]", "{:<7}|".format(m), format(m, "^9"), str(m))


class Squares:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


print(list(Squares()), max(3, 7, 5), min([4, 2, 8]), max("b", "a"), max([(1, "b"), (1, "a")]))
for call in [lambda: max(1, "a"), lambda: max([1, "a"]), lambda: min(1, "a"), lambda: "{} {}".format(1)]:
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print("total: " + 5)
# expect: [   $0.05] [$0.05] [Money] [<__] $0.05  |   $0.05   Money
# expect: [0, 1, 4] 7 2 b (1, 'b')
# expect: TypeError '>' not supported between instances of 'str' and 'int'
# expect: TypeError '>' not supported between instances of 'str' and 'int'
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: IndexError Replacement index 1 out of range for positional args tuple
# expect runtime error: trap 4 at line 30
# expect stderr: TypeError: can only concatenate str (not "int") to str
