def parse(s):
    try:
        return [10, 20][int(s)]
    except (ValueError, IndexError) as e:
        return "bad: " + str(e)
print(parse("1"), parse("5"), parse("x"))
# expect: 20 bad: list index out of range bad: invalid literal for int() with base 10: 'x'
