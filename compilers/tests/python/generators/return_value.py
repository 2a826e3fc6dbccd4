# A generator's 'return value' is the value of the StopIteration that next() or send() raises
# (e.value, e.args); round(int, negative ndigits) rounds to a multiple of ten, a half to the even one.
def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count if count else None
        total += value
        count += 1


a = averager()
next(a)
for v in [3, 4, 8]:
    a.send(v)
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value, e.args)
try:
    next(a)
except StopIteration as e:
    print("again", e.value, e.args)


def g():
    yield 1
    return


it = g()
print(next(it), next(it, "end"))
for x in g():
    print(x)
e = StopIteration(7)
print(e.value, StopIteration().value)
print([round(x, -1) for x in (14, 15, 25, 26, -35)])
# expect: result 5.0 (5.0,)
# expect: again None ()
# expect: 1 end
# expect: 1
# expect: 7 None
# expect: [10, 20, 20, 30, -40]
