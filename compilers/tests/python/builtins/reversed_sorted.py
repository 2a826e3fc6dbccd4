xs = [3, 1, 2]
print(list(reversed(xs)), sorted(xs), xs, sorted("banana"), "".join(reversed("abc")))
print(sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
for x in reversed(range(3)):
    print(x)
# expect: [2, 1, 3] [1, 2, 3] [3, 1, 2] ['a', 'a', 'a', 'b', 'n', 'n'] cba
# expect: [3, 2, 1] ['a', 'b']
# expect: 2
# expect: 1
# expect: 0
