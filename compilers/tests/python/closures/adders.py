def adder(n):
    def add(x):
        return x + n
    return add
add3 = adder(3)
add10 = adder(10)
print(add3(1), add10(1), adder(-1)(1))
fns = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fns])
late = [lambda: i for i in range(3)]
print([f() for f in late])
# expect: 4 11 0
# expect: [0, 10, 20, 30]
# expect: [2, 2, 2]
