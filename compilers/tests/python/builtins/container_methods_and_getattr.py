xs = [5, 1, 4]
d = {"a": 3, "b": 9, "c": 1}
print(min(range(3), key=xs.__getitem__), max(d, key=d.__getitem__), sorted(d, key=d.__getitem__))
print(xs.__len__(), "abc".__getitem__(1), list(filter("aeiou".__contains__, "education")), {1, 2}.__contains__(2))
print(d.__contains__("z"), range(10).__getitem__(-1), (1, 2).__len__())
try:
    d.__getitem__("q")
except KeyError as e:
    print("KeyError", e)
up = getattr("abc", "upper")
print(up(), getattr([3, 1, 2], "index")(2), getattr((4, 5), "count")(5), getattr(range(9), "index")(3))
print(hasattr("x", "upper"), hasattr([], "upper"), hasattr({}, "keys"), hasattr(3, "bit_length"), hasattr(True, "bit_count"))
print(getattr(3, "upper", "none"), getattr({1: 2}, "get")(1), getattr(2.5, "is_integer")())
class Dog:
    def speak(self):
        return "woof"
print(getattr(Dog(), "speak")(), hasattr(Dog(), "upper"))
try:
    getattr(5, "append")
except AttributeError as e:
    print(e)
# expect: 1 b ['c', 'a', 'b']
# expect: 3 b ['e', 'u', 'a', 'i', 'o'] True
# expect: False 9 2
# expect: KeyError 'q'
# expect: ABC 2 1 3
# expect: True False True True True
# expect: none 2 False
# expect: woof False
# expect: 'int' object has no attribute 'append'
