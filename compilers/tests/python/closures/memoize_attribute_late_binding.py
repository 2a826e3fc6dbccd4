def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return inc, reset

inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
late = [lambda: i for i in range(3)]
print([f() for f in late])

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = memoize(slow_fib)
print(fib(60), len(fib.cache))

total = 0
def add(x):
    global total
    total += x
    return total
for k in range(5):
    add(k)
print(total)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
compose = lambda *fs: lambda x: __import_free(fs, x)
def __import_free(fs, x):
    for f in reversed(fs):
        x = f(x)
    return x
print(compose(str, lambda v: v * 2, abs)(-21))
# expect: 15 20 25
# expect: 15
# expect: [0, 10, 20, 30]
# expect: [2, 2, 2]
# expect: 1548008755920 61
# expect: 10
# expect: changed
# expect: 42
