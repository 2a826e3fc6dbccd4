def risky():
    try:
        return 1 // 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    risky()
except ZeroDivisionError as e:
    print("outer caught:", e)
# expect: logging and re-raising
# expect: outer caught: integer division or modulo by zero
