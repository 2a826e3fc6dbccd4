class Animal:
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."

class Dog(Animal):
    def speak(self):
        return "woof"

d = Dog("rex")
print(vars(d))
d.age = 3
print(vars(d), d.__dict__ is vars(d))
print(Dog.__bases__, Animal.__bases__)
print([c.__name__ for c in Dog.__mro__])
print(ascii("café ☕"), ascii([1, "é"]), ascii("plain"))
print("valid_name".isidentifier(), "2bad".isidentifier(), "".isidentifier(), "_x1".isidentifier(), "a-b".isidentifier())
up = getattr("abc", "upper")
print(up(), getattr([3, 1, 2], "index")(2), getattr(d, "speak")())
class Greeter:
    @staticmethod
    def __call__():
        return "hi"
g = Greeter()
print(callable(g), callable(Greeter), callable(len), callable(3), g())
# expect: {'name': 'rex'}
# expect: {'name': 'rex', 'age': 3} True
# expect: (<class '__main__.Animal'>,) (<class 'object'>,)
# expect: ['Dog', 'Animal', 'object']
# expect: 'caf\xe9 \u2615' [1, '\xe9'] 'plain'
# expect: True False False True False
# expect: ABC 2 woof
# expect: True True True False hi
