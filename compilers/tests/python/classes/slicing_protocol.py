# obj[i:j:k] calls __getitem__ with a slice object (start, stop, step, indices()); slice(...) indexes the
# built-in sequences; __setitem__ and __delitem__ with any key; a list's slices assigned and deleted.
class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step, key)
            return Seq(self.items[key])
        return self.items[key]

    def __repr__(self):
        return f"Seq({self.items})"


s = Seq("abcdefg")
print(s[1:3])
print(s[::2], s[::-1], s[5:], s[:-2])
print(s[2])
sl = slice(1, 5, 2)
print(sl, repr(slice(3)), slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print("hello world"[sl], [1, 2, 3, 4, 5, 6][slice(None, None, -1)], (1, 2, 3)[slice(2)])
for length in [0, 3, 10]:
    print(slice(1, 8, 2).indices(length), slice(None, None, -1).indices(length), slice(-3, None).indices(length))
print(slice(-100, 100, -3).indices(5), slice(None, -1).indices(4))
print(type(sl), isinstance(sl, slice), type(sl) is slice, type(sl).__name__)
print(list(range(20))[slice(3, 15, 4)], range(10)[slice(2, 8)])
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print(e)
try:
    print(s["x"])
except TypeError as e:
    print(e)


class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

    def __getitem__(self, key):
        return self.cells[key]


g = Grid()
g[1, 2] = "x"
g[0] = "y"
del g[1, 2]
print(g.cells)
try:
    del g[5]
except KeyError as e:
    print("KeyError", e)
s2 = Seq([])
try:
    s2[1:2] = 5
except TypeError as e:
    print(e)
xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[::3] = [0, 0, 0]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
xs[:] = xs + xs
print(xs)
xs[len(xs):] = [99]
xs[0:0] = (7, 7)
print(xs)
ys = [1, 2, 3, 4, 5, 6]
del ys[::-2]
print(ys)
ys[5:1] = [8]
print(ys)
ys[1:3] += [0]
print(ys)
try:
    ys[::2] = [1]
except ValueError as e:
    print(e)
try:
    ys[1:2] = 3
except TypeError as e:
    print(e)
try:
    "abc"[0:1] = "x"
except TypeError as e:
    print(e)
# expect: slice 1 3 None slice(1, 3, None)
# expect: Seq(['b', 'c'])
# expect: slice None None 2 slice(None, None, 2)
# expect: slice None None -1 slice(None, None, -1)
# expect: slice 5 None None slice(5, None, None)
# expect: slice None -2 None slice(None, -2, None)
# expect: Seq(['a', 'c', 'e', 'g']) Seq(['g', 'f', 'e', 'd', 'c', 'b', 'a']) Seq(['f', 'g']) Seq(['a', 'b', 'c', 'd', 'e'])
# expect: c
# expect: slice(1, 5, 2) slice(None, 3, None) True False
# expect: el [6, 5, 4, 3, 2, 1] (1, 2)
# expect: (0, 0, 2) (-1, -1, -1) (0, 0, 1)
# expect: (1, 3, 2) (2, -1, -1) (0, 3, 1)
# expect: (1, 8, 2) (9, -1, -1) (7, 10, 1)
# expect: (-1, 4, -3) (0, 3, 1)
# expect: <class 'slice'> True True slice
# expect: [3, 7, 11] range(2, 8)
# expect: slice step cannot be zero
# expect: list indices must be integers or slices, not str
# expect: set (1, 2) x
# expect: set 0 y
# expect: del (1, 2)
# expect: {0: 'y'}
# expect: del 5
# expect: KeyError 5
# expect: 'Seq' object does not support item assignment
# expect: [0, 1, 'a', 'b', 5, 6, 7, 8, 9]
# expect: [0, 1, 'a', 0, 5, 6, 0, 8, 9]
# expect: [0, 0, 5, 6, 0, 8, 9]
# expect: [0, 6, 8]
# expect: [0, 6, 8, 0, 6, 8]
# expect: [7, 7, 0, 6, 8, 0, 6, 8, 99]
# expect: [1, 3, 5]
# expect: [1, 3, 5, 8]
# expect: [1, 3, 5, 0, 8]
# expect: attempt to assign sequence of size 1 to extended slice of size 3
# expect: can only assign an iterable
# expect: 'str' object does not support item assignment
