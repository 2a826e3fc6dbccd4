# % formatting of strings: right-aligned in the width unless '-'; '0' does not pad a string
print("%5s|%-5s|%05d" % ("a", "b", 42))
print("[%8r] [%-6s] [%.2s] [%6.3s]" % ("q", None, "abcdef", "xyz!"))
rows = [("apple", 3), ("kiwi", 12)]
for name, n in rows:
    print("%-8s%4d" % (name, n))
print("%10s|" % [1, 2])
# %c of a one-character string is the string, aligned as one (checked against python3)
print("%c%c|%3c|%-3c|" % (72, "i", "x", "y"))
for bad in ("ab", 1.5):
    try:
        print("%c" % bad)
    except TypeError as e:
        print(e)
# '*' takes the width or the precision from the arguments (a negative width aligns left); the flag '#'
width = max(len(name) for name, _ in rows)
for name, n in rows:
    print("%-*s|%*d|%.*f|%*.*f|" % (width, name, 5, n, 2, n / 3, -8, 3, n * 1.5))
print("%#x|%#o|%-#8X|%0-5d|%+05d|% d|%+ d|%.*s|" % (255, 8, 255, 3, 4, 5, 6, 2, "xyz"))
for bad in (("a", 1), (5,)):
    try:
        print("%*d" % bad)
    except TypeError as e:
        print(e)
# expect:     a|b    |00042
# expect: [     'q'] [None  ] [ab] [   xyz]
# expect: apple      3
# expect: kiwi      12
# expect:     [1, 2]|
# expect: Hi|  x|y  |
# expect: %c requires int or char
# expect: %c requires int or char
# expect: apple|    3|1.00|4.500   |
# expect: kiwi |   12|4.00|18.000  |
# expect: 0xff|0o10|0XFF    |3    |+0004| 5|+6|xy|
# expect: * wants int
# expect: not enough arguments for format string
