# a format specification of an object other than a str or a number is CPython's TypeError
class P:
    def __str__(self):
        return "P!"


for value in [P(), None, [1], (2,), {"k": 3}, True, 4, "s", 2.5]:
    try:
        print(f"[{value:>6}]")
    except TypeError as e:
        print("TypeError:", e)
print(f"[{P()}] [{P()!s:>6}] [{None!r:^8}] [{[1]!s:<5}]", "{:}".format(None), format(None, ""))
# expect: TypeError: unsupported format string passed to P.__format__
# expect: TypeError: unsupported format string passed to NoneType.__format__
# expect: TypeError: unsupported format string passed to list.__format__
# expect: TypeError: unsupported format string passed to tuple.__format__
# expect: TypeError: unsupported format string passed to dict.__format__
# expect: [     1]
# expect: [     4]
# expect: [     s]
# expect: [   2.5]
# expect: [P!] [    P!] [  None  ] [[1]  ] None None
