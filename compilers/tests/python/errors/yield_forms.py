def g():
    try:
        yield 1
    finally:
        pass
def h():
    print((yield 2))
yield 3
def k():
    try:
        yield 4
    except BaseException:
        pass
def m():
    try:
        pass
    except Exception:
        yield 5  # allowed: only a finally here would run on closing
    else:
        yield 6
    try:
        pass
    finally:
        yield 7  # allowed: not protected by its own finally
def n():
    try:
        for i in range(3):
            if i:
                yield i
    except (ValueError, BaseException):
        pass
# error: 3:9: 'yield' inside a 'try' that has a 'finally' is not supported: CPython runs it when an unfinished generator is closed or discarded
# error: 7:12: 'yield' is supported as a statement
# error: 8:1: SyntaxError: 'yield' outside function
# error: 11:9: 'yield' inside a 'try' whose handler catches GeneratorExit is not supported
# error: 29:17: 'yield' inside a 'try' whose handler catches GeneratorExit is not supported
