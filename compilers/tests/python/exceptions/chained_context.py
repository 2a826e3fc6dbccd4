# An exception raised while another is handled (in a handler, a function it calls, or a finally run for
# an exception) gets it as __context__; 'raise ... from' sets __cause__ and __suppress_context__. The
# uncaught one's traceback shows the chain (test_python_tracebacks.py compares whole tracebacks).
class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad {text!r}") from e


def load(d, key):
    try:
        return d[key]
    except KeyError:
        return parse("x" + key)


def cleanup():
    try:
        raise RuntimeError("first")
    finally:
        print("cleaning")
        print(1 // 0)


try:
    cleanup()
except ZeroDivisionError as e:
    print(repr(e.__context__), e.__suppress_context__)
try:
    load({}, "k")
except ConfigError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    print(repr(e.__cause__.__context__))
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise k
except KeyError as e:
    print(repr(e.__context__))


def first_word(lines):
    for line in lines:
        try:
            return line.split()[0]
        except IndexError:
            continue
        finally:
            print("checked", repr(line))


print(first_word(["", "  ", "hello world"]))
try:
    raise ValueError("outer")
except ValueError:
    for i in range(3):
        if i == 1:
            break
try:
    raise TypeError("after")
except TypeError as e:
    print(repr(e.__context__))
def gen():
    try:
        yield 1
        raise KeyError("g")
    except KeyError:
        yield 2
for v in gen():
    print(v)
print(ConfigError)
load({}, "z")
# expect: cleaning
# expect: RuntimeError('first') False
# expect: ConfigError("bad 'xk'") ValueError("invalid literal for int() with base 10: 'xk'") ValueError("invalid literal for int() with base 10: 'xk'") True
# expect: KeyError('k')
# expect: KeyError('a') None True
# expect: None
# expect: checked ''
# expect: checked '  '
# expect: checked 'hello world'
# expect: hello
# expect: None
# expect: 1
# expect: 2
# expect: <class '__main__.ConfigError'>
# expect runtime error: trap 4
# expect stderr: ConfigError: bad 'xz'
