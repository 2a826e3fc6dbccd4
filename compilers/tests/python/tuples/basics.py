t = (1, "a", True)
print(t, t[1], len(t), t[::-1])
single = (5,)
print(single, (), tuple([1, 2]), tuple("ab"))
a, b, c = t
print(a, b, c)
print((1, 2) + (3,), (0,) * 3, 2 in (1, 2), t.index("a"), (1, 1, 2).count(1))
# expect: (1, 'a', True) a 3 (True, 'a', 1)
# expect: (5,) () (1, 2) ('a', 'b')
# expect: 1 a True
# expect: (1, 2, 3) (0, 0, 0) True 1 2
