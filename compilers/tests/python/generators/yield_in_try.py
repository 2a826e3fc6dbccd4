def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a // b
        except ZeroDivisionError:
            yield "inf"
        else:
            yield "ok"


print(list(safe_div([(6, 3), (1, 0), (9, 2)])))


def reader(lines):
    for line in lines:
        try:
            n = int(line)
            yield n
            yield n * 2
        except ValueError as e:
            print("skip:", e)
            yield -1


print(list(reader(["1", "x", "3"])))


def rethrow():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        yield 2
        raise


g = rethrow()
print(next(g), next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print(next(g, "done"))


def cleanup():
    try:
        raise ValueError("v")
    finally:
        yield "in finally"


g = cleanup()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)


def outer():
    try:
        for i in range(3):
            try:
                yield 10 // (1 - i)
            except ZeroDivisionError:
                yield "zero"
    except Exception as e:
        yield type(e).__name__


print(list(outer()))
# Expected output from CPython 3.11.
# expect: [2, 'ok', 'inf', 4, 'ok']
# expect: skip: invalid literal for int() with base 10: 'x'
# expect: [1, 2, -1, 3, 6]
# expect: 1 2
# expect: KeyError 'k'
# expect: done
# expect: in finally
# expect: ValueError v
# expect: [10, 'zero', -10]
