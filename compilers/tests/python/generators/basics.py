def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x * 10
    yield -1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def squares(limit):
    for k in range(1, limit + 1):
        yield k * k
    return

def outer():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    for v in [1, 2, 3]:
        yield add(v)

print(list(count_up(5)))
print(list(evens([1, 2, 3, 4])))
g = fib()
print([next(g) for _ in range(10)])
print(sum(squares(4)), list(squares(0)))
print(list(outer()))
gen = count_up(2)
print(next(gen), next(gen), next(gen, "done"))
for x in squares(3):
    print(x, end=" ")
print()
pipeline = (s % 7 for s in squares(6))
print(max(pipeline))
def failing():
    yield 1
    yield 1 // 0
try:
    for v in failing():
        print("got", v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# expect: [0, 1, 2, 3, 4]
# expect: [20, 40, -1]
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
# expect: 30 []
# expect: [1, 3, 6]
# expect: 0 1 done
# expect: 1 4 9 
# expect: 4
# expect: got 1
# expect: ZeroDivisionError: integer division or modulo by zero
