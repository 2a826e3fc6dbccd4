# int() and float() strip the whitespace str.strip() strips (input read from a file with CRLF lines)
print(int("21\r"), int("\t\v 7 \f"), int("\r\n-3\r\n"), float("2.5\r"), float("\x0b1e3\x0c"))
line = "42\r"
print(int(line) + 1, repr(line.strip()))
for bad in ["4 2", "\r", "x\r"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
# expect: 21 7 -3 2.5 1000.0
# expect: 43 '42'
# expect: invalid literal for int() with base 10: '4 2'
# expect: invalid literal for int() with base 10: '\r'
# expect: invalid literal for int() with base 10: 'x\r'
