# changing a dict or a set's size while iterating over it is CPython's RuntimeError; __dict__
stock = {"apple": 0, "pear": 3, "fig": 0}
try:
    for item in stock:
        if stock[item] == 0:
            del stock[item]
except RuntimeError as e:
    print("error:", e)
print(stock)
try:
    for item, count in stock.items():  # a view iterates its dict: the same error
        if count == 3:
            del stock[item]
except RuntimeError as e:
    print("error:", e)
for item in list(stock):
    if stock[item] == 0:
        del stock[item]
print(stock)
d = {1: "a"}
try:
    for k in d:
        d[k + 1] = "b"
except RuntimeError as e:
    print("error:", e, d)
for k in d:
    d[k] = d[k].upper()
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("error:", e, len(s))
it = iter({5: 1})
next(it)
try:
    d2 = {5: 1}
    it2 = iter(d2)
    d2[6] = 2
    next(it2)
except RuntimeError as e:
    print("error:", e)


class Dog:
    kind = "canine"

    def __init__(self, name):
        self.name = name
        self.tricks = []

    def __repr__(self):
        return f"Dog({self.__dict__})"


rex = Dog("rex")
rex.age = 3
print(rex.__dict__, rex)
rex.__dict__["color"] = "brown"
print(rex.color, sorted(rex.__dict__))
# expect: error: dictionary changed size during iteration
# expect: {'pear': 3, 'fig': 0}
# expect: error: dictionary changed size during iteration
# expect: {}
# expect: error: dictionary changed size during iteration {1: 'a', 2: 'b'}
# expect: {1: 'A', 2: 'B'}
# expect: error: Set changed size during iteration 4
# expect: error: dictionary changed size during iteration
# expect: {'name': 'rex', 'tricks': [], 'age': 3} Dog({'name': 'rex', 'tricks': [], 'age': 3})
# expect: brown ['age', 'color', 'name', 'tricks']
