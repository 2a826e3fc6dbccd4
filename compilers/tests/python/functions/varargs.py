def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3))
def show(first, *rest):
    print(first, rest)
show(1)
show(1, 2, 3)
args = [4, 5, 6]
print(total(*args), max(*args))
def kw(a, **extra):
    print(a, sorted(extra.items()))
kw(1, x=2, y=3)
# expect: 0 1 6
# expect: 1 ()
# expect: 1 (2, 3)
# expect: 15 6
# expect: 1 [('x', 2), ('y', 3)]
