def attempt(f, *args):
    try:
        print(f(*args))
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: 1.0 / 0)
attempt(lambda: 1 / 0)
attempt(lambda: 1.5 // 0.0)
attempt(lambda: 1.5 % 0)
attempt(lambda: 0.0 ** -1)
attempt(lambda: 10.0 ** 400)
attempt(float, "abc")
attempt(float, "1.5.2")
attempt(float, "")
attempt(int, float("inf"))
attempt(int, float("nan"))
attempt(round, float("inf"))
# expect: ZeroDivisionError: float division by zero
# expect: ZeroDivisionError: division by zero
# expect: ZeroDivisionError: float floor division by zero
# expect: ZeroDivisionError: float modulo
# expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
# expect: OverflowError: (34, 'Numerical result out of range')
# expect: ValueError: could not convert string to float: 'abc'
# expect: ValueError: could not convert string to float: '1.5.2'
# expect: ValueError: could not convert string to float: ''
# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: cannot convert float NaN to integer
# expect: OverflowError: cannot convert float infinity to integer
