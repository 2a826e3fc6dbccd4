for w in ["valid_name", "2bad", "", "_x1", "a-b", "def", "naïve", "Σίσυφος", "x٣", "٣x", "a b", "__init__", "ok²"]:
    print(repr(w), w.isidentifier())
print(list(map(str.isidentifier, ["a", "1"])))
# expect: 'valid_name' True
# expect: '2bad' False
# expect: '' False
# expect: '_x1' True
# expect: 'a-b' False
# expect: 'def' True
# expect: 'naïve' True
# expect: 'Σίσυφος' True
# expect: 'x٣' True
# expect: '٣x' False
# expect: 'a b' False
# expect: '__init__' True
# expect: 'ok²' False
# expect: [True, False]
