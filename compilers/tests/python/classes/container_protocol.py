class Grid:
    def __init__(self, width, height):
        self.width = width
        self.cells = {}
        self.height = height
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __contains__(self, key):
        return key in self.cells
    def __bool__(self):
        return len(self.cells) > 0
    def __iter__(self):
        return iter(sorted(self.cells))
g = Grid(3, 2)
print(bool(g))
g[(0, 1)] = "#"
g[(2, 0)] = "@"
print((0, 1) in g, (1, 1) in g, g[(2, 0)], g[(1, 1)], bool(g))
for key in g:
    print(key)
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 10 for x in Countdown(2)], sum(Countdown(4)))
# expect: False
# expect: True False @ . True
# expect: (0, 1)
# expect: (2, 0)
# expect: [3, 2, 1] [20, 10] 10
