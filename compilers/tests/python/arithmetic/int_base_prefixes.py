# int() of a string with a base: the prefix of that base is allowed; base 0 reads it as a literal
print(int("0x1f", 16), int("0b101", 0), int("0o17", 8), int("0X_ff", 16), int("-0b11", 2), int(" +0o7 ", 0))
print(int("ff", 16), int("1_000"), int("0", 0), int("00", 0), int("123", 0), int("z", 36), int("0b1", 16))
for text, base in [("010", 0), ("0x", 16), ("0b2", 2), ("0x1f", 10), ("1__0", 10), ("_1", 10), ("0o8", 0)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(e)
# expect: 31 5 15 255 -3 7
# expect: 255 1000 0 0 123 35 177
# expect: invalid literal for int() with base 0: '010'
# expect: invalid literal for int() with base 16: '0x'
# expect: invalid literal for int() with base 2: '0b2'
# expect: invalid literal for int() with base 10: '0x1f'
# expect: invalid literal for int() with base 10: '1__0'
# expect: invalid literal for int() with base 10: '_1'
# expect: invalid literal for int() with base 0: '0o8'
