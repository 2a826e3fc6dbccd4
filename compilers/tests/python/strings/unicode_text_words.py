text = "Ça va?\u00a0Très bien —\tmerci!\u2003Ελληνικά  и  Русский ２０２４ ٣ ²"
words = text.split()
print(len(words), words)
print([w for w in words if w.isalpha()], [w for w in words if w.isdigit()], [w for w in words if w.isnumeric()])
print(text.upper(), text.lower(), sep="\n")
print([w.istitle() for w in words], [w.isdecimal() for w in words])
print(repr(text))
print(" \u3000 padded \u2009".strip() + "|", "a\u2028b".splitlines(), "x\x1cy".split())
print(sum(1 for ch in text if ch.isspace()), sum(ch.isupper() for ch in text), sum(ch.islower() for ch in text))
# The expected output is CPython 3.11's (3.12 prints the same).
# expect: 12 ['Ça', 'va?', 'Très', 'bien', '—', 'merci!', 'Ελληνικά', 'и', 'Русский', '２０２４', '٣', '²']
# expect: ['Ça', 'Très', 'bien', 'Ελληνικά', 'и', 'Русский'] ['２０２４', '٣', '²'] ['２０２４', '٣', '²']
# expect: ÇA VA? TRÈS BIEN —	MERCI! ΕΛΛΗΝΙΚΆ  И  РУССКИЙ ２０２４ ٣ ²
# expect: ça va? très bien —	merci! ελληνικά  и  русский ２０２４ ٣ ²
# expect: [True, False, True, False, False, False, True, False, True, False, False, False] [False, False, False, False, False, False, False, False, False, True, True, False]
# expect: 'Ça va?\xa0Très bien —\tmerci!\u2003Ελληνικά  и  Русский ２０２４ ٣ ²'
# expect: padded| ['a', 'b'] ['x', 'y']
# expect: 13 4 29
