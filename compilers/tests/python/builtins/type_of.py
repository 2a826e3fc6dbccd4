class Point:
    pass
values = [1, True, "s", [1], (1,), {1: 2}, {1}, None, range(2), Point()]
for v in values:
    print(type(v).__name__)
print(type(5), type("x"), type(None), type([]) is list, type(3) == int, type(True) == int)
print(type(Point()) is Point, type(Point()), isinstance(7, type(3)), len, int)
print(type(5)("42") + 1, [t.__name__ for t in (int, str, list)])
# expect: int
# expect: bool
# expect: str
# expect: list
# expect: tuple
# expect: dict
# expect: set
# expect: NoneType
# expect: range
# expect: Point
# expect: <class 'int'> <class 'str'> <class 'NoneType'> True True False
# expect: True <class '__main__.Point'> True <built-in function len> <class 'int'>
# expect: 43 ['int', 'str', 'list']
