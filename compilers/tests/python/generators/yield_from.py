# yield from (PEP 380): delegation to a generator (send passed on, its return value the value) and to any iterable.
def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("inner got", got)
    return n * 10

def outer():
    r = yield from inner(3)
    print("inner returned", r)
    yield from [100, 200]
    yield from "ab"
    yield from (x * x for x in range(3))
    yield from {7: "a", 8: "b"}
    s = yield from []
    print("empty", s)
    return "done"

print(list(outer()))
g = outer()
print(next(g), g.send("hello"), next(g))
for v in g:
    pass
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6))))
def tree(t):
    if isinstance(t, list):
        for c in t:
            yield from tree(c)
    else:
        yield t
print(list(tree([1, [2, [3, 4]], [[5]]])))
def wrap():
    result = yield from outer()
    print("outer gave", result)
print(sum(1 for _ in wrap()))
def bad():
    yield from 5
def sender():
    yield from [1, 2]
s = sender()
next(s)
try:
    s.send(3)
except AttributeError as e:
    print("AttributeError", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration(7)
        self.n -= 1
        return self.n
def counting():
    r = yield from Countdown(2)
    print("Countdown stopped with", r)
print(list(counting()))
each = lambda xs: (yield from xs)
def relay():
    r = yield from (lambda: (yield "sent?"))()
    print("lambda gave", r)
print(list(each("ab")), list(relay()))
list(bad())
# expect: inner returned 30
# expect: empty None
# expect: [0, 1, 2, 100, 200, 'a', 'b', 0, 1, 4, 7, 8]
# expect: inner got hello
# expect: 0 1 2
# expect: inner returned 30
# expect: empty None
# expect: [1, 2, 3, 4, 5]
# expect: [1, 2, 3, 4, 5]
# expect: inner returned 30
# expect: empty None
# expect: outer gave done
# expect: 12
# expect: AttributeError 'list_iterator' object has no attribute 'send'
# expect: Countdown stopped with 7
# expect: [1, 0]
# expect: lambda gave None
# expect: ['a', 'b'] ['sent?']
# expect runtime error: trap 4
# expect stderr: TypeError: 'int' object is not iterable
