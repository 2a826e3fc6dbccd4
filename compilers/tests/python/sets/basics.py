s = {3, 1, 2}
s.add(2)
s.add(5)
print(len(s), 2 in s, 7 in s, sorted(s))
s.discard(1)
s.remove(3)
print(sorted(s))
t = set([1, 1, 2, 2, 3])
print(sorted(t), set() == set(), len(set("hello")))
# expect: 4 True False [1, 2, 3, 5]
# expect: [2, 5]
# expect: [1, 2, 3] True 4
