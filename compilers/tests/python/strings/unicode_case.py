"""Case mappings beyond ASCII: Latin-1, Latin Extended-A, Latin Extended-B's pairs and title-case digraphs,
basic Greek and Cyrillic, as CPython's."""
ranges = [(0x20, 0x180), (0x386, 0x3CF), (0x400, 0x460)]
chars = "".join(chr(c) for lo, hi in ranges for c in range(lo, hi))
print(len(chars))
up, low = chars.upper(), chars.lower()
print(len(up), len(low), sum(map(ord, up)), sum(map(ord, low)), sum(map(ord, chars.swapcase())))
print(sum(map(ord, chars.title())), sum(map(ord, chars.capitalize())))
tests = [(ch, ch.isalpha(), ch.isupper(), ch.islower(), ch.upper(), ch.lower()) for ch in chars]
print(sum(t[1] for t in tests), sum(t[2] for t in tests), sum(t[3] for t in tests))
print("".join(ch for ch in chars if ch.isupper())[:60])
print("".join(ch for ch in chars if ch.islower())[-60:])
for word in ["café", "straße", "ÉCOLE", "Ελληνικά", "ΟΔΥΣΣΕΥΣ", "ΣΑΣ ΣΑΣ.", "Москва", "ŽLUŤOUČKÝ kůň", "ÿes", "µ"]:
    print(word, word.upper(), word.lower(), word.title(), word.swapcase(), word.capitalize(),
          word.isupper(), word.islower(), word.istitle(), word.isalpha())
words = "Äpfel äpfel Zebra zebra Émile émile".split()
print(sorted(words, key=str.lower), sorted(words, key=str.casefold))
print(chars.casefold() == "".join(ch.casefold() for ch in chars), sum(map(ord, chars.casefold())))
print("ΣΑΣ Straße ŉ ſ µ".casefold())
# Latin Extended-B: its regular pairs, and the digraphs with a title case (neither upper nor lower)
pairs = "".join(chr(c) for c in list(range(0x1C4, 0x1DD)) + list(range(0x1DE, 0x1F0)) + list(range(0x1F1, 0x1F6))
                + list(range(0x1F8, 0x220)) + list(range(0x222, 0x234)) + list(range(0x246, 0x250)))
print(sum(map(ord, pairs.upper())), sum(map(ord, pairs.lower())), sum(map(ord, pairs.swapcase())),
      sum(map(ord, pairs.title())), sum(map(ord, pairs.casefold())))
print([(ch, ch.isupper(), ch.islower(), ch.istitle(), ch.isalpha()) for ch in "ǄǅǆǲǍǎ"])
for word in ["ǆungla", "ǅUNGLA", "ǈubav i ǋ", "ǲemlja", "DŽEM"]:
    print(word.upper(), word.lower(), word.title(), word.capitalize(), word.swapcase(), word.istitle())
# Expected output from CPython 3.11.
# expect: 521
# expect: 527 522 242831 250161 248614
# expect: 250548 250161
# expect: 410 200 210
# expect: ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆ
# expect: στυφχψωϊϋόύώабвгдежзийклмнопрстуфхцчшщъыьэюяѐёђѓєѕіїјљњћќѝўџ
# expect: café CAFÉ café Café CAFÉ Café False True False True
# expect: straße STRASSE straße Straße STRASSE Straße False True False True
# expect: ÉCOLE ÉCOLE école École école École True False False True
# expect: Ελληνικά ΕΛΛΗΝΙΚΆ ελληνικά Ελληνικά εΛΛΗΝΙΚΆ Ελληνικά False False True True
# expect: ΟΔΥΣΣΕΥΣ ΟΔΥΣΣΕΥΣ οδυσσευς Οδυσσευς οδυσσευς Οδυσσευς True False False True
# expect: ΣΑΣ ΣΑΣ. ΣΑΣ ΣΑΣ. σας σας. Σας Σας. σας σας. Σας σας. True False False False
# expect: Москва МОСКВА москва Москва мОСКВА Москва False False True True
# expect: ŽLUŤOUČKÝ kůň ŽLUŤOUČKÝ KŮŇ žluťoučký kůň Žluťoučký Kůň žluťoučký KŮŇ Žluťoučký kůň False False False False
# expect: ÿes ŸES ÿes Ÿes ŸES Ÿes False True False True
# expect: µ Μ µ Μ Μ Μ False True False True
# expect: ['Zebra', 'zebra', 'Äpfel', 'äpfel', 'Émile', 'émile'] ['Zebra', 'zebra', 'Äpfel', 'äpfel', 'Émile', 'émile']
# expect: True 254309
# expect: σασ strasse ʼn s μ
# expect: 59574 59702 59638 59701 59702
# expect: [('Ǆ', True, False, True, True), ('ǅ', False, False, True, True), ('ǆ', False, True, False, True), ('ǲ', False, False, True, True), ('Ǎ', True, False, True, True), ('ǎ', False, True, False, True)]
# expect: ǄUNGLA ǆungla ǅungla ǅungla ǄUNGLA False
# expect: ǄUNGLA ǆungla ǅungla ǅungla ǅungla False
# expect: ǇUBAV I Ǌ ǉubav i ǌ ǈubav I ǋ ǈubav i ǌ ǈUBAV I ǋ False
# expect: ǱEMLJA ǳemlja ǲemlja ǲemlja ǲEMLJA True
# expect: DŽEM džem Džem Džem džem False
