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
# expect: True 2 1 False
# expect: [P(2), P(1)] False False
