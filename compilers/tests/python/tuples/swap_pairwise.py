# Assigning a tuple display to as many targets: every value is made before any target is assigned,
# and the targets are assigned left to right (a target's own index sees the one before it).
# Expectations checked against python3.11.
a, b = 1, 2
a, b = b, a
print(a, b)
x = [1, 2, 3]
i = 0
i, x[i] = 2, 9
print(i, x)
x[0], x[1] = x[1], x[0]
print(x)
def f():
    p, q, r = 1, "a", None
    p, q = q, p
    [r, p] = p, r
    return p, q, r
print(f())
class C: pass
c = C()
c.u, c.v = 3, 4
c.u, c.v = c.v, c.u
print(c.u, c.v)
(m, n), k = (1, 2), 3
print(m, n, k)
def g():
    print("g")
    return 5
a, b = g(), a
print(a, b)
try:
    a, b = 1, undefined_thing
except NameError as e:
    print(e, a, b)
for t in range(3):
    a, b = b, a + b
print(a, b)
# expect: 2 1
# expect: 2 [1, 2, 9]
# expect: [2, 1, 9]
# expect: (None, 1, 'a')
# expect: 4 3
# expect: 1 2 3
# expect: g
# expect: 5 2
# expect: name 'undefined_thing' is not defined 5 2
# expect: 9 16
