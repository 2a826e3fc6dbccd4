class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
a, b = Money(5), Money(9)
print(a < b, a > b, a <= b, a >= b, a == Money(5), a != b)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
try:
    print(OnlyLt(1) <= OnlyLt(2))
except TypeError as e:
    print("TypeError:", e)
# expect: True False True False True True
# expect: TypeError: '<=' not supported between instances of 'OnlyLt' and 'OnlyLt'
