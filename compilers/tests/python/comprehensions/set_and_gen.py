print(sorted({w[0] for w in ["apple", "avocado", "banana", "cherry"]}))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 8 for x in [1, 9]), all(x > 0 for x in [1, -1]), list(x for x in "hi"))
print(sorted(n % 4 for n in range(9)))
# expect: ['a', 'b', 'c']
# expect: 285 3
# expect: True False ['h', 'i']
# expect: [0, 0, 0, 1, 1, 2, 2, 3, 3]
