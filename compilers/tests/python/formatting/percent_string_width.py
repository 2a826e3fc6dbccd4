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
# expect:     a|b    |00042
# expect: [     'q'] [None  ] [ab] [   xyz]
# expect: apple      3
# expect: kiwi      12
# expect:     [1, 2]|
# expect: Hi|  x|y  |
# expect: %c requires int or char
# expect: %c requires int or char
