def divide(a, b):
    try:
        q = a // b
    except ZeroDivisionError:
        print("cannot divide by zero")
        return None
    else:
        print("ok")
        return q
    finally:
        print("done", a, b)
print(divide(7, 2))
print(divide(1, 0))


# a handler's name is unbound when the handler is left (CPython's implicit del), by break and return too
def f():
    for i in range(2):
        try:
            1/0
        except ZeroDivisionError as err:
            if i == 0:
                continue
            msg = str(err)
            break
    print(msg)
    return err
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def g():
    try:
        raise KeyError("k")
    except KeyError as ke:
        return repr(ke)
print(g())
err = 5
try:
    int("x")
except ValueError as err:
    print("bad", err)
try:
    print(err)
except NameError as ne:
    print(ne)
# Expected output from CPython 3.11.
# expect: ok
# expect: done 7 2
# expect: 3
# expect: cannot divide by zero
# expect: done 1 0
# expect: None
# expect: division by zero
# expect: UnboundLocalError cannot access local variable 'err' where it is not associated with a value
# expect: KeyError('k')
# expect: bad invalid literal for int() with base 10: 'x'
# expect: name 'err' is not defined
