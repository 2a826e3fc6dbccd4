class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"not a number: {text!r}") from e


for text in ["12", "x1"]:
    try:
        print(parse(text))
    except ConfigError as err:
        print("error:", err, "| cause:", type(err.__cause__).__name__, err.__cause__)

try:
    raise KeyError("k") from None
except KeyError as err:
    print(repr(err), err.__cause__)

try:
    raise RuntimeError from ValueError
except RuntimeError as err:
    print(repr(err), repr(err.__cause__))

try:
    raise RuntimeError("r") from 5
except TypeError as err:
    print("TypeError:", err)

plain = ValueError("v")
print(plain.__cause__)
parse("bad")
# expect: 12
# expect: error: not a number: 'x1' | cause: ValueError invalid literal for int() with base 10: 'x1'
# expect: KeyError('k') None
# expect: RuntimeError() ValueError()
# expect: TypeError: exception causes must derive from BaseException
# expect: None
# expect runtime error: trap 4
# expect stderr: ConfigError: not a number: 'bad'
