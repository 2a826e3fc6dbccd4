# A specification's type the value's type does not have, and a grouping its type does not take: CPython
# 3.11's ValueErrors (Unknown format code 'd' for object of type 'float'; Cannot specify ',' with 's'.)
cases = [
    (3.5, "d"),
    (3.5, "x"),
    ("s", "d"),
    ("s", ".2f"),
    (5, "s"),
    (True, "s"),
    (True, "d"),
    (2.0, "c"),
    (3, ",s"),
    ("x", ","),
    ("x", "_"),
    (3.5, "b"),
    (3, "=5s"),
    (3.5, ",d"),
    (255, "_x"),
    (255, ",x"),
    (5, ",c"),
    (1234567, ",d"),
    (1234.5, "_.1f"),
    (1234, "_"),
    ("abc", ">5s"),
    (5, ".2s"),
    (5, ",n"),
    (None, "d"),
    ([1], ">3"),
    (3, ""),
    (2.5, ""),
    ("a", ""),
]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
price = 3.5
print(f"{price:d}")
# expect: ValueError Unknown format code 'd' for object of type 'float'
# expect: ValueError Unknown format code 'x' for object of type 'float'
# expect: ValueError Unknown format code 'd' for object of type 'str'
# expect: ValueError Unknown format code 'f' for object of type 'str'
# expect: ValueError Unknown format code 's' for object of type 'int'
# expect: ValueError Unknown format code 's' for object of type 'bool'
# expect: '1'
# expect: ValueError Unknown format code 'c' for object of type 'float'
# expect: ValueError Cannot specify ',' with 's'.
# expect: ValueError Cannot specify ',' with 's'.
# expect: ValueError Cannot specify '_' with 's'.
# expect: ValueError Unknown format code 'b' for object of type 'float'
# expect: ValueError Unknown format code 's' for object of type 'int'
# expect: ValueError Unknown format code 'd' for object of type 'float'
# expect: 'ff'
# expect: ValueError Cannot specify ',' with 'x'.
# expect: ValueError Cannot specify ',' with 'c'.
# expect: '1,234,567'
# expect: '1_234.5'
# expect: '1_234'
# expect: '  abc'
# expect: ValueError Unknown format code 's' for object of type 'int'
# expect: ValueError Cannot specify ',' with 'n'.
# expect: TypeError unsupported format string passed to NoneType.__format__
# expect: TypeError unsupported format string passed to list.__format__
# expect: '3'
# expect: '2.5'
# expect: 'a'
# expect runtime error: trap 4
# expect stderr: ValueError: Unknown format code 'd' for object of type 'float'
