class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)), sum(Countdown(100)))
c = Countdown(3)
for x in c:
    print(x, end=" ")
print("|", list(c))
names = ["ann", "bob", "cy"]
ages = [31, 25]
print(list(zip(names, ages)), dict(zip(names, ages)))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a, sep=":", end=";")
print()
print(list(map(str.upper, names)), list(map(pow, [2, 3], [5, 2])), list(map(len, names)))
evens = filter(lambda n: n % 2 == 0, range(10))
print(type(evens).__name__, list(evens), list(evens))
r = range(10, 0, -3)
print(r, list(r), len(r), r[1], r[-1], 4 in r, 7 in r, list(reversed(r)), r.index(4))
print(list(range(0)), range(5)[1:3], list(range(20)[::4]))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
letters = "abcdef"
print(letters[::2], letters[1::2], letters[::-1], letters[4:1:-1], letters[-2:], letters[10:])
pairs = sorted(zip("bcab", [3, 1, 2, 1]))
print(pairs, sorted(pairs, key=lambda p: p[1]))
print(list(enumerate(reversed(names))), [x for x in reversed(range(3))])
print(sorted(["b10", "a2", "b1", "a10"], key=lambda s: (s[0], int(s[1:]))))
print(min(3, 1, 2), max("apple", "fig", key=len), min([], default="none"), max([[1, 2], [1, 3]]))
stack = [iter("ab"), iter("cd")]
print([next(i) for i in stack], [next(i) for i in stack])
# expect: [5, 4, 3, 2, 1] 5050
# expect: 3 2 1 | []
# expect: [('ann', 31), ('bob', 25)] {'ann': 31, 'bob': 25}
# expect: 0:ann:31;1:bob:25;
# expect: ['ANN', 'BOB', 'CY'] [32, 9] [3, 3, 2]
# expect: filter [0, 2, 4, 6, 8] []
# expect: range(10, 0, -3) [10, 7, 4, 1] 4 7 1 True True [1, 4, 7, 10] 2
# expect: [] range(1, 3) [0, 4, 8, 12, 16]
# expect: 1 2 3 end
# expect: ace bdf fedcba edc ef 
# expect: [('a', 2), ('b', 1), ('b', 3), ('c', 1)] [('b', 1), ('c', 1), ('a', 2), ('b', 3)]
# expect: [(0, 'cy'), (1, 'bob'), (2, 'ann')] [2, 1, 0]
# expect: ['a2', 'a10', 'b1', 'b10']
# expect: 1 apple none [1, 3]
# expect: ['a', 'c'] ['b', 'd']
