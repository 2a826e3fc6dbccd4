class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
q = p.moved(2, 3)
print(p, q, p == Point(1, 2), p == q, [p, q])
print(p.x + q.y)
# expect: Point(1, 2) Point(3, 5) True False [Point(1, 2), Point(3, 5)]
# expect: 6
