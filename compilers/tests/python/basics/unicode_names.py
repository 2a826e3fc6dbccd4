# Names outside ASCII for globals, functions and classes, as CPython accepts them.
zähler = 3


def fünf():
    return 5


class Größe:
    def __init__(self, wert):
        self.wert = wert


σ = Größe(zähler + fünf())
print(zähler, fünf(), σ.wert)
# expect: 3 5 8
