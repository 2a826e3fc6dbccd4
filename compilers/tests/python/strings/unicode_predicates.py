"""str.is... predicates beyond ASCII: Latin-1, Latin Extended-A, the basic Greek and Cyrillic alphabets,
Unicode white space and the common digit sets, every character compared with CPython 3.11 (3.12 agrees).
Each character's line value has a bit for each predicate that holds."""
ranges = [(0, 0x180), (0x386, 0x3CF), (0x400, 0x460), (0x1680, 0x1681), (0x2000, 0x2030), (0x205F, 0x2060),
          (0x3000, 0x3001), (0x2070, 0x2071), (0x2074, 0x207A), (0x2080, 0x208A), (0x2150, 0x2160),
          (0x660, 0x66A), (0x6F0, 0x6FA), (0x966, 0x970), (0xFF10, 0xFF1A)]
for lo, hi in ranges:
    line = []
    for c in range(lo, hi):
        ch = chr(c)
        tests = [ch.isdigit(), ch.isdecimal(), ch.isnumeric(), ch.isalpha(), ch.isalnum(), ch.isspace(),
                 ch.isupper(), ch.islower(), ch.istitle(), ch.isascii()]
        line.append(str(sum(1 << i for i, t in enumerate(tests) if t)))
    print(hex(lo), " ".join(line))
for word in ["٣٤٥", "x²", "²³", "½", "① ②", "\u2003a\u3000", "Σίσυφος", "Ёлка", "١٢abc", "", "abc", "é"]:
    print(repr(word), word.isdigit(), word.isdecimal(), word.isnumeric(), word.isalpha(), word.isalnum(),
          word.isspace(), word.isupper(), word.islower(), word.istitle(), word.isascii())
print("a\u00a0b\u2003c\u3000d\x1ce".split(), repr("\u2002 padded\u3000\x85".strip()))
# The expected output is CPython 3.11's (3.12 prints the same).
# expect: 0x0 512 512 512 512 512 512 512 512 512 544 544 544 544 544 512 512 512 512 512 512 512 512 512 512 512 512 512 512 544 544 544 544 544 512 512 512 512 512 512 512 512 512 512 512 512 512 512 512 535 535 535 535 535 535 535 535 535 535 512 512 512 512 512 512 512 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 856 512 512 512 512 512 512 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 664 512 512 512 512 512 0 0 0 0 0 32 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 32 0 0 0 0 0 0 0 0 0 152 0 0 0 0 0 0 0 21 21 0 152 0 0 0 21 152 0 20 20 20 0 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 0 344 344 344 344 344 344 344 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 0 152 152 152 152 152 152 152 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 152 344 344 152 344 152 344 152 152
# expect: 0x386 344 0 344 344 344 0 344 0 344 344 152 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 0 344 344 344 344 344 344 344 344 344 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152
# expect: 0x400 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 344 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152 152
# expect: 0x1680 32
# expect: 0x2000 32 32 32 32 32 32 32 32 32 32 32 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 32 32 0 0 0 0 0 32
# expect: 0x205f 32
# expect: 0x3000 32
# expect: 0x2070 21
# expect: 0x2074 21 21 21 21 21 21
# expect: 0x2080 21 21 21 21 21 21 21 21 21 21
# expect: 0x2150 20 20 20 20 20 20 20 20 20 20 20 20 20 20 20 20
# expect: 0x660 23 23 23 23 23 23 23 23 23 23
# expect: 0x6f0 23 23 23 23 23 23 23 23 23 23
# expect: 0x966 23 23 23 23 23 23 23 23 23 23
# expect: 0xff10 23 23 23 23 23 23 23 23 23 23
# expect: '٣٤٥' True True True False True False False False False False
# expect: 'x²' False False False False True False False True False False
# expect: '²³' True False True False True False False False False False
# expect: '½' False False True False True False False False False False
# expect: '① ②' False False False False False False False False False False
# expect: '\u2003a\u3000' False False False False False False False True False False
# expect: 'Σίσυφος' False False False True True False False False True False
# expect: 'Ёлка' False False False True True False False False True False
# expect: '١٢abc' False False False False True False False True False False
# expect: '' False False False False False False False False False True
# expect: 'abc' False False False True True False False True False True
# expect: 'é' False False False True True False False True False False
# expect: ['a', 'b', 'c', 'd', 'e'] 'padded'
