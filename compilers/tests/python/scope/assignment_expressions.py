# Assignment expressions (PEP 572): in if, while and comprehensions, the target bound in the function around.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
lines = iter(["a", "bb", "", "ccc"])
while (line := next(lines)) != "":
    print(line, len(line))
print(line == "")
squares = [y for x in data if (y := x * x) > 10]
print(squares, y)
print([last := v for v in data], last)
print(any((big := v) > 7 for v in data), big)
def f(xs):
    total = 0
    results = [(total := total + v) for v in xs]
    print(results, total)
    if any((hit := v) % 2 == 0 for v in xs):
        print("first even", hit)
    g = (w := v + 1 for v in xs)
    print(list(g), w)
    return (k := 5) + k
print(f(data))
print((a := 1, b := 2), a, b)
print(x := 7, x)
def counter():
    count = 0
    def inc():
        nonlocal count
        return (count := count + 1)
    return inc
c = counter()
print(c(), c(), c())
z = [v for v in data if (m := v) and False]
print(m)
print(f"{(fx := 5)}, {fx + 1}", fx)
def unb():
    if False and (q := 1):
        pass
    print(q)
unb()
# expect: long 5
# expect: a 1
# expect: bb 2
# expect: True
# expect: [64, 81, 16] 16
# expect: [3, 8, 1, 9, 4] 4
# expect: True 8
# expect: [3, 11, 12, 21, 25] 25
# expect: first even 8
# expect: [4, 9, 2, 10, 5] 5
# expect: 10
# expect: (1, 2) 1 2
# expect: 7 7
# expect: 1 2 3
# expect: 4
# expect: 5, 6 5
# expect runtime error: trap 4
# expect stderr: UnboundLocalError: cannot access local variable 'q' where it is not associated with a value
