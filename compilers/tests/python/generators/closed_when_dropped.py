# A generator suspended in a try with a finally is closed when CPython drops it: a loop over it (or over
# what iter() makes of an object) left early, a consuming call returned, a name bound again or deleted, a
# function returned, the program ended (here by SystemExit, raised in a loop).
def gen(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", name)

for x in gen("a"):
    print(x)
for x in gen("b"):
    if x == 2:
        break
print("after b")
def f():
    for x in gen("c"):
        return x
print(f())
def h():
    for x in gen("d"):
        raise ValueError(x)
try:
    h()
except ValueError as e:
    print("caught", e)
print(any(x > 1 for x in gen("e")))
print(any(gen("f")))
print(list(zip(gen("g"), [1])))
print([x for x in gen("h") if x < 2][:1])
g = gen("i")
print(next(g))
g.close()
print("closed")
g2 = gen("j")
next(g2)
g3 = gen("k")
next(g3)
def m():
    g = gen("l")
    next(g)
    print("m ends")
m()
print("end")


def source(name, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print("cleanup", name)

def pipeline(src):
    for x in src:
        yield x * 10

for y in pipeline(source("p")):
    print(y)
    if y == 10:
        break
print("after pipeline")

def delegator():
    try:
        yield from source("sub")
    finally:
        print("delegator done")

d = delegator()
print(next(d))
d.close()

for i in range(3):
    g = source(i)
    print(next(g))
print("loop done")
g = None
print("g None")

class Box:
    g = 5
    def items(self):
        try:
            yield 1
            yield 2
        finally:
            print("box items done")

b = Box()
for v in b.items():
    print(v)
    break
print(Box.g)

def main():
    h = source("main-h")
    print(next(h))
    k = source("main-k")
    print(next(k))
    try:
        print(next(h) + "x")
    except TypeError as e:
        print("TypeError")
    print("main done")

main()

def returns_source():
    g = source("returned")
    next(g)
    return g

r = returns_source()
print(next(r))
del r
print("deleted r")

print(next(source("next-temp")))
print(sorted(source("sorted")))
print(all(x < 1 for x in source("all")))
for a, b in zip(source("z1"), source("z2", 2)):
    print(a, b)
print("zipped")
for i, x in enumerate(source("en")):
    if i == 1:
        break
print("end")
# zip and map hold their iterators in a tuple, which CPython frees last item first
def zgen(name):
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup", name)
for a, b in zip(zgen("a"), zgen("b")):
    break
print("1")
for t in zip(zgen("x"), zgen("y"), zgen("z")):
    if t[0] == 1:
        break
print("2")
print(list(zip(zgen("p"), zgen("q"), [1])))
print(list(map(lambda a, b: a + b, zgen("m1"), [10, 20])))
for i, x in enumerate(zgen("e")):
    break
for x in filter(None, zgen("f")):
    break
def pair(g1, g2):
    yield from g1
    yield from g2
for x in pair(zgen("g1"), zgen("g2")):
    break
print("3")


# at the end, in the order they were made (sb in ssetup())
def sgen(name):
    try:
        yield 1
    finally:
        print("cleanup", name)
def ssetup():
    global sb
    sb = sgen("b")
    next(sb)
sa = sgen("a")
next(sa)
ssetup()
_sc = sgen("_sc")
next(_sc)
__sd = sgen("__sd")
next(__sd)
se = sgen("e")
next(se)
if True:
    sf = sgen("f")
    next(sf)
print("bound")
del sa
sa = sgen("a2")
next(sa)
for i in range(2):
    if i == 1:
        early = sgen("early")
        next(early)
    else:
        late = sgen("late")
        next(late)


# At the end CPython's collection finalizes the suspended generators the module's names reach, in the
# order they were made, however the names hold them (a generator expression over one, names swapped)
def made(name):
    try:
        yield name + "1"
    finally:
        print("finalized", name)
m_first = made("made-first")
m_second = made("made-second")
next(m_second)
next(m_first)
m_x = m_second
m_second = 1
m_y = m_first
m_lines = made("L")
m_words = (w.lower() for w in m_lines)
print(next(m_words))


class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        try:
            for i in range(self.n, 0, -1):
                yield i
        finally:
            print("countdown", self.n, "done")

for x in Countdown(3):
    if x == 2:
        break
print("a")
cd = Countdown(4)
for x in cd:
    if x == 3:
        break
print("b")
print(sum(x for x in cd if x > 2))
gi = iter(cd)
print(next(gi))
for x in gi:
    break
print("cd", next(gi))
print([x for x in Countdown(2)])
print(max(Countdown(5)))
total = 0
for x in cd:
    total += x
    if total > 6:
        raise SystemExit("total too big: %d" % total)
# Expected output from CPython 3.11.
# expect: 1
# expect: 2
# expect: 3
# expect: cleanup a
# expect: cleanup b
# expect: after b
# expect: cleanup c
# expect: 1
# expect: cleanup d
# expect: caught 1
# expect: cleanup e
# expect: True
# expect: cleanup f
# expect: True
# expect: cleanup g
# expect: [(1, 1)]
# expect: cleanup h
# expect: [1]
# expect: 1
# expect: cleanup i
# expect: closed
# expect: m ends
# expect: cleanup l
# expect: end
# expect: 0
# expect: 10
# expect: cleanup p
# expect: after pipeline
# expect: 0
# expect: cleanup sub
# expect: delegator done
# expect: 0
# expect: cleanup 0
# expect: 0
# expect: cleanup 1
# expect: 0
# expect: loop done
# expect: cleanup 2
# expect: g None
# expect: 1
# expect: box items done
# expect: 5
# expect: 0
# expect: 0
# expect: TypeError
# expect: main done
# expect: cleanup main-h
# expect: cleanup main-k
# expect: 1
# expect: cleanup returned
# expect: deleted r
# expect: cleanup next-temp
# expect: 0
# expect: cleanup sorted
# expect: [0, 1, 2]
# expect: cleanup all
# expect: False
# expect: 0 0
# expect: 1 1
# expect: cleanup z2
# expect: cleanup z1
# expect: zipped
# expect: cleanup en
# expect: end
# expect: cleanup b
# expect: cleanup a
# expect: 1
# expect: cleanup z
# expect: cleanup y
# expect: cleanup x
# expect: 2
# expect: cleanup q
# expect: cleanup p
# expect: [(0, 0, 1)]
# expect: cleanup m1
# expect: [10, 21]
# expect: cleanup e
# expect: cleanup f
# expect: cleanup g1
# expect: 3
# expect: bound
# expect: cleanup a
# expect: l1
# expect: countdown 3 done
# expect: a
# expect: countdown 4 done
# expect: b
# expect: countdown 4 done
# expect: 7
# expect: 4
# expect: cd 2
# expect: countdown 2 done
# expect: [2, 1]
# expect: countdown 5 done
# expect: 5
# expect: countdown 4 done
# expect: cleanup j
# expect: cleanup k
# expect: cleanup b
# expect: cleanup _sc
# expect: cleanup __sd
# expect: cleanup e
# expect: cleanup f
# expect: cleanup a2
# expect: cleanup late
# expect: cleanup early
# expect: finalized made-first
# expect: finalized made-second
# expect: finalized L
# expect: countdown 4 done
# expect stderr: total too big: 7
# expect exit: 1
