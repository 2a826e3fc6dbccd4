print(["a", "b'c", 'd"e'], ("x",), {"k": "v"}, [None, True, 1, "1"])
print(str(["a"]), repr(["a"]), str("a"), repr("a"))
print([["nested", ["deep"]]])
# expect: ['a', "b'c", 'd"e'] ('x',) {'k': 'v'} [None, True, 1, '1']
# expect: ['a'] ['a'] a 'a'
# expect: [['nested', ['deep']]]
