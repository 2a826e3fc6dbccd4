"""Things a first course shows: loops with else, nonlocal counters, closures, sorting keys, unpacking."""


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def find_first(xs, pred):
    for i, x in enumerate(xs):
        if pred(x):
            break
    else:
        return None
    return i


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def stats(*values, **options):
    precision = options.get("precision", 2)
    mean = sum(values) / len(values)
    var = sum((v - mean) ** 2 for v in values) / len(values)
    return round(mean, precision), round(var ** 0.5, precision)


c = make_counter()
c(); c(5)
print(c(), c(10))
print(find_first([1, 3, 8, 5], lambda x: x % 2 == 0), find_first([1, 3], lambda x: x > 5))
best = max(range(1, 30), key=collatz)
print(best, collatz(best), [collatz(n) for n in range(1, 11)])
print(stats(2, 4, 4, 4, 5, 5, 7, 9), stats(1, 2, precision=4))
people = [("ann", 31, "NYC"), ("bob", 25, "LA"), ("cy", 31, "LA"), ("dee", 25, "NYC")]
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city, {city: len(names) for city, names in by_city.items()})
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c2 = (1, 2), 3
a, b = b, a
print(a, b, c2)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], list(zip("ab", [1, 2], (True, False))))
print(*range(5), sep=", ", end=".\n")
print("%-6s|%5.1f|%03d|%x|%r" % ("ab", 3.14159, 7, 255, "q"))
print("{0} {1} {0}".format("a", "b"), "{name:>6}|{n:08.3f}".format(name="x", n=-3.5))
print(" | ".join(f"{i:>2}:{chr(64 + i)}" for i in range(1, 6)))
text = "  The rain in Spain  "
print(text.strip().split(" "), text.count("ain"), text.find("Spain"), text.replace("ain", "AIN", 1))
print(text.strip().title(), text.upper().strip(), text.strip().center(24, "*"))
print("a,b,,c".split(","), "a b  c".split(), "x".join("123"), "-".join(["1", "2"]))
n = 0
while n < 10:
    n += 3
    if n == 6:
        continue
    print("n", n)
else:
    print("loop done", n)
x = 7
print("odd" if x % 2 else "even", x > 5 and x < 10, 1 < x < 5, not x, x or 0, None or "default")
print(divmod(17, 5), divmod(-17, 5), 17 // -5, -17 % 5, 2 ** 10, 2 ** -1, 10 / 4, 7 // 2.0)
print(int("ff", 16), int("0b101", 0), bin(10), hex(255), oct(8), ord("A"), chr(97))
print(abs(-3), pow(2, 10, 1000), min(3, 1, 2), max("abc"), sum([0.1] * 3) == 0.3, 0.1 + 0.2)
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
print(nums, nums.index(8), nums.count(3), nums[::-1], nums[1:3], list(reversed(nums)))
nums.insert(1, 7)
nums.remove(3)
print(nums, nums.pop(), nums.pop(0), nums)
d = dict(zip("abc", range(3)))
d.update(d=3)
print(d, d.pop("a"), list(d.keys()), list(d.values()), d.get("z", -1), "b" in d)
s = {3, 1, 2}
s.add(5)
s.discard(1)
print(s, s & {2, 5, 9}, s | {0}, s - {3}, len(s))
assert len(s) == 3, "size"
try:
    assert 1 > 2, f"math is broken: {1} > {2}"
except AssertionError as e:
    print("assert:", e)
# expect: 7 17
# expect: 2 None
# expect: 27 111 [0, 1, 7, 2, 5, 8, 16, 3, 19, 6]
# expect: (5.0, 2.0) (1.5, 0.5)
# expect: [('ann', 31, 'NYC'), ('cy', 31, 'LA'), ('bob', 25, 'LA'), ('dee', 25, 'NYC')]
# expect: {'NYC': ['ann', 'dee'], 'LA': ['bob', 'cy']} {'NYC': 2, 'LA': 2}
# expect: 0 [1, 2, 3, 4] 5
# expect: 2 1 3
# expect: [[1, 4], [2, 5], [3, 6]] [('a', 1, True), ('b', 2, False)]
# expect: 0, 1, 2, 3, 4.
# expect: ab    |  3.1|007|ff|'q'
# expect: a b a      x|-003.500
# expect:  1:A |  2:B |  3:C |  4:D |  5:E
# expect: ['The', 'rain', 'in', 'Spain'] 2 14   The rAIN in Spain  
# expect: The Rain In Spain THE RAIN IN SPAIN ***The rain in Spain****
# expect: ['a', 'b', '', 'c'] ['a', 'b', 'c'] 1x2x3 1-2
# expect: n 3
# expect: n 9
# expect: n 12
# expect: loop done 12
# expect: odd True False False 7 default
# expect: (3, 2) (-4, 3) -4 3 1024 0.5 2.5 3.0
# expect: 255 5 0b1010 0xff 0o10 65 a
# expect: 3 24 1 c False 0.30000000000000004
# expect: [8, 5, 3, 1] 0 1 [1, 3, 5, 8] [5, 3] [1, 3, 5, 8]
# expect: [7, 5] 1 8 [7, 5]
# expect: {'b': 1, 'c': 2, 'd': 3} 0 ['b', 'c', 'd'] [1, 2, 3] -1 True
# expect: {2, 3, 5} {2, 5} {0, 2, 3, 5} {2, 5} 3
# expect: assert: math is broken: 1 > 2
