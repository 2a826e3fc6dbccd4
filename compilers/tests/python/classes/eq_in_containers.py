class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
    def __repr__(self):
        return f"P({self.v})"
items = [P(1), P(2), P(1)]
print(P(2) in items, items.count(P(1)), items.index(P(2)), P(3) in items)
items.remove(P(1))
print(items, P(1) == 1, P(1) != P(1))


# == and != ask __eq__ even of the object itself (a container's `in` and == take identity first); when
# both sides give NotImplemented the answer is `is`; object() takes no attributes (python3's output)
class Never:
    def __eq__(self, other):
        print("Never.__eq__")
        return False


class Shy:
    def __eq__(self, other):
        return NotImplemented


n, s = Never(), Shy()
print(n == n, n != n, n in [n], [n] == [n])
print(s == s, s == Shy(), s != s, s != Shy())
try:
    object().x = 1
except AttributeError as e:
    print(e)
# expect: True 2 1 False
# expect: [P(2), P(1)] False False
# expect: Never.__eq__
# expect: Never.__eq__
# expect: False True True True
# expect: True False False True
# expect: 'object' object has no attribute 'x'
