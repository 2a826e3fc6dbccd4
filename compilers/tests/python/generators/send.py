def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(3))


def echo():
    received = yield "ready"
    while received != "stop":
        received = yield "got " + str(received)
    print("stopping")


e = echo()
print(e.send(None))
print(e.send(1))
print(next(e))
try:
    e.send("stop")
except StopIteration:
    print("StopIteration")
try:
    echo().send(5)
except TypeError as ex:
    print(ex)
g = echo()
print(next(g))
g.close()
print(next(g, "closed"))


def running():
    total = 0
    while True:
        x = yield
        if x is None:
            break
        total += x
        print("total", total)


r = running()
next(r)
r.send(4)
r.send(5)
try:
    r.send(None)
except StopIteration:
    print("finished")


# throw() in a program whose generators run no code on closing: raised at the yield, handled there
def catcher():
    while True:
        try:
            x = yield 1
        except ValueError as e:
            print("handled", e)

it = catcher()
next(it)
print(it.throw(ValueError("v")))
m = getattr(it, "throw")
print(m(ValueError("w")))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("out", e)
print(next(it, "finished"))
# Expected output from CPython 3.11.
# expect: None
# expect: 10
# expect: 15
# expect: 11
# expect: ready
# expect: got 1
# expect: got None
# expect: stopping
# expect: StopIteration
# expect: can't send non-None value to a just-started generator
# expect: ready
# expect: closed
# expect: total 4
# expect: total 9
# expect: finished
# expect: handled v
# expect: 1
# expect: handled w
# expect: 1
# expect: out 'k'
# expect: finished
