# instances in sets and dicts: __hash__ and __eq__ decide, as in CPython; hash(), issubclass()
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pts = [Point(3, 1), Point(1, 2), Point(1, 1), Point(3, 1)]
print(len(set(pts)), Point(1, 2) in set(pts), Point(9, 9) in set(pts))
d = {Point(0, 0): "origin"}
d[Point(0, 0)] = "still origin"
print(d[Point(0, 0)], len(d))
print(hash(Point(1, 2)) == hash((1, 2)), hash(7), hash(-1), hash(True), hash((1, 2)))
counts = {}
for p in pts:
    counts[p] = counts.get(p, 0) + 1
print(counts)
many = {Point(i % 5, 0) for i in range(40)}
print(len(many), Point(4, 0) in many)


class Loud:
    def __eq__(self, other):
        return True


try:
    {Loud()}
except TypeError as e:
    print(e)
try:
    hash([1])
except TypeError as e:
    print(e)


class Plain:
    pass


a = Plain()
print(len({a, a, Plain()}), {a: 1}[a])


class Base:
    def __hash__(self):
        return 1


class Child(Base):
    pass


print(hash(Child()), issubclass(Child, Base), issubclass(Base, Child), issubclass(Child, (int, Base)))
print(issubclass(ValueError, Exception), issubclass(Child, object))
# expect: 3 True False
# expect: still origin 1
# expect: True 7 -2 1 -3550055125485641917
# expect: {Point(3, 1): 2, Point(1, 2): 1, Point(1, 1): 1}
# expect: 5 True
# expect: unhashable type: 'Loud'
# expect: unhashable type: 'list'
# expect: 2 1
# expect: 1 True False True
# expect: True True
