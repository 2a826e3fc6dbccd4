class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __str__(self):
        return f"{self.rank} of {self.suit}"
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
c = Card("Q", "hearts")
print(c)
print([c])
print(str(c), repr(c))
print(f"{c}")
# super().__str__() and super().__repr__() reach object's and BaseException's own
class E(Exception):
    def __str__(self):
        return "E: " + super().__str__()
    def __repr__(self):
        return "<" + super().__repr__() + ">"
e = E("a", 2)
print(str(e), repr(e), e)
class K(KeyError):
    def __str__(self):
        return "K " + super().__str__()
print(K("key"))
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x})"
    def __str__(self):
        return "str of " + super().__str__()
print(P(3), str(P(4)), [P(5)])
class Q(P):
    def __repr__(self):
        return "Q!" + super().__repr__()
print(repr(Q(1)), Q(2))
try:
    raise E("boom")
except E as err:
    print(f"caught {err!r} / {err}")
class V(ValueError):
    def __init__(self, field):
        super().__init__(f"bad {field}")
        self.field = field
    def __str__(self):
        return super().__str__().upper()
print(V("age"), V("age").args, repr(V("x")))
# Expected output from CPython 3.11.
# expect: Q of hearts
# expect: [Card('Q', 'hearts')]
# expect: Q of hearts Card('Q', 'hearts')
# expect: Q of hearts
# expect: E: ('a', 2) <E('a', 2)> E: ('a', 2)
# expect: K 'key'
# expect: str of P(3) str of P(4) [P(5)]
# expect: Q!P(1) str of Q!P(2)
# expect: caught <E('boom')> / E: boom
# expect: BAD AGE ('bad age',) V('bad x')
