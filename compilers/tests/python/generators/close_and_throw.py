# close() and throw(): the exception raised at the yield where the generator is suspended.
def counter():
    n = 0
    try:
        while True:
            try:
                got = yield n
            except ValueError as e:
                print("got error", e)
                got = None
            n += 1 if got is None else got
    finally:
        print("counter done at", n)

c = counter()
print(next(c))
print(next(c))
print(c.send(10))
print(c.throw(ValueError("bad")))
print(c.throw(ValueError))
c.close()
c.close()
print("closed twice")
try:
    next(c)
except StopIteration:
    print("stopped")

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catcher():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit caught")
        raise
    finally:
        print("finally too")

k = catcher()
next(k)
k.close()

def returner():
    try:
        yield 1
    finally:
        return 5

r = returner()
next(r)
print(r.close())

def reraiser():
    try:
        yield 1
    finally:
        raise KeyError("from finally")

q = reraiser()
next(q)
try:
    q.close()
except KeyError as e:
    print("KeyError", e)

def thrower():
    yield 1
    yield 2

t = thrower()
next(t)
try:
    t.throw(IndexError("boom"))
except IndexError as e:
    print("IndexError", e)
print(next(t, "exhausted"))

def fresh():
    try:
        yield 1
    finally:
        print("never runs")
f = fresh()
f.close()
print(list(f))
u = fresh()
try:
    u.throw(TypeError("early"))
except TypeError as e:
    print("TypeError", e)
print(next(u, "done"))
try:
    t.throw(5)
except TypeError as e:
    print(e)

def stop_early():
    try:
        yield 1
        yield 2
    finally:
        print("stop_early finally")

def first(gen):
    for x in gen:
        return x

s2 = stop_early()
print(first(s2))
print(next(s2))
s2.close()
print("end")


# thrown into a delegating generator: into its subgenerator, whose yield, return or error it takes
def sub():
    try:
        yield 1
    except ValueError:
        yield "sub caught"
    try:
        yield 2
    except KeyError:
        return "sub returned"
def outer():
    r = yield from sub()
    print("delegation gave", r)
    yield "outer after"
o = outer()
print(next(o))
print(o.throw(ValueError))
print(next(o))
print(o.throw(KeyError("k")))
try:
    o.throw(IndexError("idx"))
except IndexError as e:
    print("out", e)
def inner():
    try:
        yield "i"
    finally:
        print("inner closed")
def deleg():
    try:
        yield from inner()
    finally:
        print("deleg closed")
d = deleg()
next(d)
d.close()
def over_list():
    yield from [1, 2]
ol = over_list()
next(ol)
try:
    ol.throw(ValueError("v"))
except ValueError as e:
    print("list delegation", e)
# Expected output from CPython 3.11.
# expect: 0
# expect: 1
# expect: 11
# expect: got error bad
# expect: 12
# expect: got error 
# expect: 13
# expect: counter done at 13
# expect: closed twice
# expect: stopped
# expect: ignoring
# expect: RuntimeError: generator ignored GeneratorExit
# expect: exit caught
# expect: finally too
# expect: None
# expect: KeyError 'from finally'
# expect: IndexError boom
# expect: exhausted
# expect: []
# expect: TypeError early
# expect: done
# expect: exceptions must be classes or instances deriving from BaseException, not int
# expect: 1
# expect: 2
# expect: stop_early finally
# expect: end
# expect: 1
# expect: sub caught
# expect: 2
# expect: delegation gave sub returned
# expect: outer after
# expect: out idx
# expect: inner closed
# expect: deleg closed
# expect: list delegation v
# expect: ignoring
# expect stderr: RuntimeError: generator ignored GeneratorExit
