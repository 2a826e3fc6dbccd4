print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, "", "a", [], [2]])))
print(list(map(int, "1 2 3".split())), sum(map(len, ["ab", "c"])))
# expect: [2, 4, 6]
# expect: [11, 22]
# expect: [1, 'a', [2]]
# expect: [1, 2, 3] 3
