for exc in [ZeroDivisionError("z"), KeyError("k"), IndexError("i"), ValueError("v")]:
    try:
        raise exc
    except ArithmeticError as e:
        print("arithmetic:", e)
    except LookupError as e:
        print("lookup:", repr(e))
    except Exception as e:
        print("other:", e)
# expect: arithmetic: z
# expect: lookup: KeyError('k')
# expect: lookup: IndexError('i')
# expect: other: v
