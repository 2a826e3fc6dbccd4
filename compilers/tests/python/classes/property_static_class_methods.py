# methods decorated with @property (and @name.setter), @staticmethod and @classmethod
class Temperature:
    scale = "C"
    made = 0

    def __init__(self, celsius):
        self.celsius = celsius
        Temperature.made += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @staticmethod
    def describe():
        return "temperatures in Celsius"

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def count(cls):
        return f"{cls.__name__}: {cls.made} made"

    def __repr__(self):
        return f"Temperature({self.celsius:.1f})"


t = Temperature(25)
print(t.celsius, t.fahrenheit, t)
t.celsius = 30
print(t, t.fahrenheit, Temperature.c_to_f(100), t.c_to_f(0), Temperature.describe())
u = Temperature.from_fahrenheit(212)
print(u, type(u).__name__, Temperature.count(), t.count())
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([Temperature(3), Temperature(-1)], key=lambda x: x.celsius))


class Kelvin(Temperature):
    @property
    def kelvin(self):
        return self.celsius + 273.15


k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.kelvin, k.fahrenheit, Kelvin.count())


class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 2)

    @property
    def diameter(self):
        return 2 * self.r

    @diameter.setter
    def diameter(self, d):
        self.r = d / 2


c = Circle(2)
print(c.area, c.diameter)
c.diameter = 10
print(c.r, c.area, [Circle(i).area for i in range(3)])
# expect: 25 77.0 Temperature(25.0)
# expect: Temperature(30.0) 86.0 212.0 32.0 temperatures in Celsius
# expect: Temperature(100.0) Temperature Temperature: 2 made Temperature: 2 made
# expect: ValueError: -300 is below absolute zero
# expect: AttributeError: property 'fahrenheit' of 'Temperature' object has no setter
# expect: [Temperature(-1.0), Temperature(3.0)]
# expect: Kelvin 273.15 32.0 Kelvin: 5 made
# expect: 12.57 4
# expect: 5.0 78.54 [0.0, 3.14, 12.57]
