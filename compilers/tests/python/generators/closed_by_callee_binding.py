# A generator given to a function of the program's own is closed when the function returns also where the
# call binds its arguments anew: a default left out, a keyword argument, a method's. A *args tuple of them
# is no parameter's own value: that case is not here (the run would stop at its end, unsure when CPython
# closes it).
def numbers(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("closed", name)


def first(it, default=None):
    for x in it:
        return x
    return default


def take(a, b=0, *rest):
    return next(a) + b


def pick(*, source, skip=0):
    for _ in range(skip):
        next(source)
    return next(source)


class Counter:
    def __init__(self):
        self.seen = 0

    def count(self, it, limit=2):
        for x in it:
            self.seen += 1
            if self.seen == limit:
                return x
        return None


print(first(numbers("default")))
print(first(numbers("keyword"), default=0))
print(first(default=5, it=numbers("by keyword")))
print(first([], default=5))
print(take(numbers("take"), 10))
print(take(numbers("take rest"), 1, [7]))
print(pick(source=numbers("pick"), skip=1))
print(pick(skip=2, source=numbers("pick 2")))
c = Counter()
print(c.count(numbers("method")))
print(c.count(numbers("method 2"), limit=3))
print(Counter().count(numbers("method 3"), 1))
print("end")
# Expected output from CPython 3.11.
# expect: closed default
# expect: 1
# expect: closed keyword
# expect: 1
# expect: closed by keyword
# expect: 1
# expect: 5
# expect: closed take
# expect: 11
# expect: closed take rest
# expect: 2
# expect: closed pick
# expect: 2
# expect: closed pick 2
# expect: 3
# expect: closed method
# expect: 2
# expect: closed method 2
# expect: 1
# expect: closed method 3
# expect: 1
# expect: end
