"""A module of shapes: functions and methods documented with docstrings."""


def area(width, height):
    """Return the area of a width by height rectangle."""
    return width * height


def perimeter(width, height):
    return 2 * (width + height)


class Circle:
    """A circle given by its radius."""

    def __init__(self, radius):
        """Make a circle.

        radius -- a positive number
        """
        self.radius = radius

    def diameter(self):
        'The diameter: twice the radius.'
        return 2 * self.radius

    @staticmethod
    def unit():
        """The circle of radius 1."""
        return Circle(1)


def make_scaler(k):
    """Return a function that multiplies by k."""

    def scale(x):
        """Multiply x by the enclosing k."""
        return k * x

    return scale


def counter():
    """Count up from 0, forever."""
    n = 0
    while True:
        yield n
        n += 1


for f in [area, perimeter, make_scaler, make_scaler(3), counter, Circle.diameter, Circle.unit, lambda x: x]:
    print(f.__name__, "->", repr(f.__doc__))
c = Circle(2)
print(c.diameter.__doc__, c.diameter())
print(Circle.__init__.__doc__)
print(Circle.__doc__)
helpless = [name for name, f in [("area", area), ("perimeter", perimeter)] if f.__doc__ is None]
print("undocumented:", helpless)
# The expected output is CPython 3.11's (3.12 prints the same).
# expect: area -> 'Return the area of a width by height rectangle.'
# expect: perimeter -> None
# expect: make_scaler -> 'Return a function that multiplies by k.'
# expect: scale -> 'Multiply x by the enclosing k.'
# expect: counter -> 'Count up from 0, forever.'
# expect: diameter -> 'The diameter: twice the radius.'
# expect: unit -> 'The circle of radius 1.'
# expect: <lambda> -> None
# expect: The diameter: twice the radius. 4
# expect: Make a circle.
# expect:
# expect:         radius -- a positive number
# expect:         
# expect: A circle given by its radius.
# expect: undocumented: ['perimeter']
