print(list(), tuple(), set(), dict(), str(), int(), bool())
print(list((1, 2)), tuple([3]), sorted(set([2, 1, 2])), list({"a": 1}), list(range(3)), list("hi"))
# expect: [] () set() {}  0 False
# expect: [1, 2] (3,) [1, 2] ['a'] [0, 1, 2] ['h', 'i']
