"""Shapes: inheritance, abstract-style methods, properties, class methods, sorting, formatting."""
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name:<10} area={self.area():>8.3f} perimeter={self.perimeter():>7.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __str__(self):
        return f"{type(self).__name__}({self.name})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self._w, self._h = w, h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, not {value}")
        self._w = value

    def area(self):
        return self._w * self._h

    def perimeter(self):
        return 2 * (self._w + self._h)

    @classmethod
    def square(cls, side):
        return cls(side, side, "square")

    @staticmethod
    def is_square(w, h):
        return w == h


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"no triangle has sides {a}, {b}, {c}")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


shapes = [Circle(1), Rect(3, 4), Rect.square(2.5), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print([str(s) for s in sorted(shapes)])
print(max(shapes).name, min(shapes, key=lambda s: s.perimeter()).name)
print(Shape.count, Rect.is_square(2, 2), Rect.square(3).width)
r = shapes[1]
r.width = 10
print(r.area(), r.width)
for bad in [lambda: setattr(r, "width", -1), lambda: Triangle(1, 2, 10), lambda: Shape("blob").area()]:
    try:
        bad()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
total = sum(s.area() for s in shapes)
print(f"total area {total:.4f}, mean {total / len(shapes):.4e}")
print(f"{math.pi:10.4f}|{math.e:<10.3}|{2 ** 0.5:+.2%}|{1e6:,.1f}|{-0.0}|{1/3!r}")
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), int(-3.9), math.floor(-3.5), math.ceil(4.2))
print(isinstance(shapes[2], Rect), isinstance(shapes[2], (Circle, Triangle)), type(shapes[2]) is Rect)
Shape("blob").perimeter()
# expect: circle     area=   3.142 perimeter=   6.28
# expect: rect       area=  12.000 perimeter=  14.00
# expect: square     area=   6.250 perimeter=  10.00
# expect: triangle   area=   6.000 perimeter=  12.00
# expect: circle     area=   0.785 perimeter=   3.14
# expect: ['Circle(circle)', 'Circle(circle)', 'Triangle(triangle)', 'Rect(square)', 'Rect(rect)']
# expect: rect circle
# expect: 5 True 3
# expect: 40 10
# expect: ValueError: width must be positive, not -1
# expect: ValueError: no triangle has sides 1, 2, 10
# expect: NotImplementedError: Shape must define area()
# expect: total area 56.1770, mean 1.1235e+01
# expect:     3.1416|2.72      |+141.42%|1,000,000.0|-0.0|0.3333333333333333
# expect: 2.67 0 2 -2 -3 -4 5
# expect: True False True
# expect runtime error: trap 4
# expect stderr: NotImplementedError
