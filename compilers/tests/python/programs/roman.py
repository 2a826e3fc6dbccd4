def to_roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, sym in table:
        while n >= value:
            out += sym
            n -= value
    return out
for n in (1, 4, 9, 14, 40, 90, 400, 1843, 1999):
    print(n, to_roman(n))
# expect: 1 I
# expect: 4 IV
# expect: 9 IX
# expect: 14 XIV
# expect: 40 XL
# expect: 90 XC
# expect: 400 CD
# expect: 1843 MDCCCXLIII
# expect: 1999 MCMXCIX
