# __getattr__ (asked only when the usual lookup finds nothing), __reversed__, __ne__, __invert__ and
# __round__: each called as CPython calls it (the expected lines are python3's).
class Config:
    defaults = {"debug": False, "level": 3}

    def __init__(self, **overrides):
        self._data = dict(self.defaults)
        self._data.update(overrides)

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None


c = Config(level=5)
print(c.level, c.debug, c._data["level"], hasattr(c, "colour"), getattr(c, "colour", "none"))
try:
    c.colour
except AttributeError as e:
    print("AttributeError:", e)


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return iter(self.cards)

    def __reversed__(self):
        print("Deck.__reversed__")
        return iter(self.cards[::-2])

    def __ne__(self, other):
        print("Deck.__ne__")
        return len(self.cards) != len(other.cards)

    def __eq__(self, other):
        return self.cards == other.cards

    def __invert__(self):
        return Deck(self.cards[::-1])

    def __round__(self, places=None):
        return f"round({places})"


d = Deck([1, 2, 3, 4, 5])
print(list(reversed(d)), d != Deck([5, 4, 3, 2, 1]), d == Deck([1, 2, 3, 4, 5]), (~d).cards)
print(round(d), round(d, 2))
views = {"a": 1, "b": 2, "c": 3}
print(list(reversed(views.values())), list(reversed(views.items())), list(reversed(views.keys())))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
# expect: 5 False 5 False none
# expect: AttributeError: no setting 'colour'
# expect: Deck.__reversed__
# expect: Deck.__ne__
# expect: [5, 3, 1] False True [5, 4, 3, 2, 1]
# expect: round(None) round(2)
# expect: [3, 2, 1] [('c', 3), ('b', 2), ('a', 1)] ['c', 'b', 'a']
# expect: sum() can't sum strings [use ''.join(seq) instead]
