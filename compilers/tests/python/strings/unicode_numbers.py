# int() and float() read the decimal digits of other scripts and strip Unicode's white space, as CPython.
samples = ["\u0663\u0664", "\uff11\uff12", " 7\u00a0", "\u00b2", "\u0967\u0966", "-\u06f5", "\u20031_000\u3000",
           "\u0661.\u0665", "12\u00bd", "x\u0663"]
for s in samples:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print("ValueError:", e)
total = sum(int(ch) for ch in "\u0661\u0662\u0663" if ch.isdecimal())
print(total, [ch.isdigit() for ch in "3\u00b3\u0663\u00bd"], int("\uff10x1f" if False else "\uff11\uff10", 16))
# The expected output is CPython 3.11's (3.12 prints the same).
# expect: '٣٤' 34
# expect: '٣٤' 34.0
# expect: '１２' 12
# expect: '１２' 12.0
# expect: ' 7\xa0' 7
# expect: ' 7\xa0' 7.0
# expect: ValueError: invalid literal for int() with base 10: '²'
# expect: ValueError: could not convert string to float: '²'
# expect: '१०' 10
# expect: '१०' 10.0
# expect: '-۵' -5
# expect: '-۵' -5.0
# expect: '\u20031_000\u3000' 1000
# expect: '\u20031_000\u3000' 1000.0
# expect: ValueError: invalid literal for int() with base 10: '١.٥'
# expect: '١.٥' 1.5
# expect: ValueError: invalid literal for int() with base 10: '12½'
# expect: ValueError: could not convert string to float: '12½'
# expect: ValueError: invalid literal for int() with base 10: 'x٣'
# expect: ValueError: could not convert string to float: 'x٣'
# expect: 6 [True, True, True, False] 16
