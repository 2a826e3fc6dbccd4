# callable, id, int.bit_length and int.bit_count, str.isascii
class Account:
    def __init__(self, owner):
        self.owner = owner

    def name(self):
        return self.owner


def greet():
    return "hi"


a = Account("Ada")
b = a
things = [len, print, greet, Account, a, a.name, "text", "text".upper, 42, lambda: 0, None, int, [1]]
print([callable(t) for t in things])
print(id(a) == id(b), id(a) == id(Account("Ada")), a is b, type(id(a)).__name__)
xs = [1, 2, 3]
ys = xs
zs = list(xs)
print(id(xs) == id(ys), id(xs) == id(zs), xs == zs)
seen = {}
for obj in [xs, ys, zs, a, b]:
    seen[id(obj)] = seen.get(id(obj), 0) + 1
print(sorted(seen.values()))
for n in [0, 1, 2, 7, 8, 255, 256, -1, -256, 1023, 10**12, 2**64, -(2**100), True, False]:
    print(n, n.bit_length(), n.bit_count(), bin(n))
print(list(map(int.bit_length, [1, 2, 3, 1024])), sum(n.bit_count() for n in range(16)))
print("abc".isascii(), "".isascii(), "café".isascii(), "~\x7f".isascii())
# The expected output is CPython 3.11's (3.12 prints the same).
# expect: [True, True, True, True, False, True, False, True, False, True, False, True, False]
# expect: True False True int
# expect: True False True
# expect: [1, 2, 2]
# expect: 0 0 0 0b0
# expect: 1 1 1 0b1
# expect: 2 2 1 0b10
# expect: 7 3 3 0b111
# expect: 8 4 1 0b1000
# expect: 255 8 8 0b11111111
# expect: 256 9 1 0b100000000
# expect: -1 1 1 -0b1
# expect: -256 9 1 -0b100000000
# expect: 1023 10 10 0b1111111111
# expect: 1000000000000 40 13 0b1110100011010100101001010001000000000000
# expect: 18446744073709551616 65 1 0b10000000000000000000000000000000000000000000000000000000000000000
# expect: -1267650600228229401496703205376 101 1 -0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
# expect: True 1 1 0b1
# expect: False 0 0 0b0
# expect: [1, 2, 2, 11] 32
# expect: True True False True
