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
# expect: ok
# expect: done 7 2
# expect: 3
# expect: cannot divide by zero
# expect: done 1 0
# expect: None
