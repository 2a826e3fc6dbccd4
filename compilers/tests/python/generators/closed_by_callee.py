# A generator passed straight from its call to a function of the program's own that only consumes it (a
# loop, enumerate or zip, next(), a consuming built-in) is closed when that function returns, as CPython
# frees its frame.
def numbers(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("closed", name)


def first(it):
    for x in it:
        return x


def head(it):
    return next(it)


def at_least(it, n):
    while True:
        x = next(it)
        if x >= n:
            return x


def both(a, b):
    return next(a) + next(b)


def skip_then_print(it):
    next(it)
    it = None
    print("rebound")


def count(it):
    n = 0
    while True:
        try:
            next(it)
        except StopIteration:
            return n
        n += 1


def nth(it, n):  # the loop's enumerate or zip goes with the loop, and the parameter holds it still
    for i, x in enumerate(it, start=1):
        if i == n:
            return x
    return None


def paired(a, b):
    for x, y in zip(a, b):
        return x + y
    return 0


class Reader:
    def read_one(self, it):
        for x in it:
            return x


print(first(numbers("a")))
print("after a")
print(head(numbers("b")))
print(at_least(numbers("c"), 2))
print(both(numbers("d1"), numbers("d2")))
skip_then_print(numbers("e"))
print(count(numbers("f")))
print(first(x * 10 for x in numbers("g")))
print(Reader().read_one(numbers("h")))
print(nth(numbers("nth"), 2))
print(paired(numbers("left"), numbers("right")))
r = Reader()
print(r.read_one(numbers("i")) + head(numbers("j")))


def main():
    total = first(numbers("k"))
    print("in main", total)
    print(sum(first(numbers(n)) for n in "lm"))
    g = numbers("local")
    for i, x in enumerate(g):
        print(i, x)
        break
    print("main ends")


main()


def walk(it, depth):
    if depth == 0:
        return next(it)
    return walk(numbers(depth), depth - 1) + next(it)


def doubled(src):  # a generator function: its generator holds the argument, and closes it when it goes
    for x in src:
        yield x * 2


print(walk(numbers("top"), 2))
print(first(doubled(numbers("piped"))))
print(first(numbers(first(numbers("inner")))))
g = numbers("n")
print(first(g), "then", next(g))  # a name still refers to it: first leaves it open
print("end")  # and the program's end closes it
# Expected output from CPython 3.11.
# expect: closed a
# expect: 1
# expect: after a
# expect: closed b
# expect: 1
# expect: closed c
# expect: 2
# expect: closed d1
# expect: closed d2
# expect: 2
# expect: closed e
# expect: rebound
# expect: closed f
# expect: 3
# expect: closed g
# expect: 10
# expect: closed h
# expect: 1
# expect: closed nth
# expect: 2
# expect: closed left
# expect: closed right
# expect: 2
# expect: closed i
# expect: closed j
# expect: 2
# expect: closed k
# expect: in main 1
# expect: closed l
# expect: closed m
# expect: 2
# expect: 0 1
# expect: main ends
# expect: closed local
# expect: closed 1
# expect: closed 2
# expect: closed top
# expect: 3
# expect: closed piped
# expect: 2
# expect: closed inner
# expect: closed 1
# expect: 1
# expect: 1 then 2
# expect: end
# expect: closed n
