# str methods: padding, splitting lines and from the right, partition, searching from the right
text = "one\ntwo\r\nthree\n\nfour"
print(text.splitlines(), text.splitlines(True), "".splitlines(), "x\n".splitlines())
print("hi".center(8, "*") + "|" + "ab".ljust(5, ".") + "|" + "7".rjust(3) + "|")
print([("abc".center(w), "ab".center(w, "-")) for w in range(1, 8)])
print("x".ljust(0), "long".rjust(2), "".center(3, "#"))
for name, qty in [("apple", 3), ("kiwi", 12)]:
    print(name.ljust(8, ".") + str(qty).rjust(4))
s = "a/b/c/d"
print(s.rfind("/"), s.rindex("b"), s.rfind("z"), s.find("/", 2), s.find("/", 2, 3), s.rfind("/", 0, 3))
print(s.count("/", 2), s.find("/", -3), s.index("c", 1, 6), "aaaa".count("aa"), "abc".count("", 1))
print(s.rsplit("/", 1), s.rsplit("/"), "  a b  c ".rsplit(None, 1), "a b c".rsplit(maxsplit=1) if False else 0)
print("key=value=x".partition("="), "key=value=x".rpartition("="), "nothing".partition("="))
print("nothing".rpartition("="), "Hello World".swapcase(), "Straße".casefold() == "strasse")
print("123".isnumeric(), "12.3".isdecimal(), "Hello World".istitle(), "Hello world".istitle(), "".istitle())
print("test_file.py".removesuffix(".py"), "test_file.py".removeprefix("test_"), "abc".removeprefix("x"))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)))
try:
    "abc".rindex("z")
except ValueError as e:
    print(e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
# expect: ['one', 'two', 'three', '', 'four'] ['one\n', 'two\r\n', 'three\n', '\n', 'four'] [] ['x']
# expect: ***hi***|ab...|  7|
# expect: [('abc', 'ab'), ('abc', 'ab'), ('abc', '-ab'), ('abc ', '-ab-'), (' abc ', '--ab-'), (' abc  ', '--ab--'), ('  abc  ', '---ab--')]
# expect: x long ###
# expect: apple...   3
# expect: kiwi....  12
# expect: 5 2 -1 3 -1 1
# expect: 2 5 4 2 3
# expect: ['a/b/c', 'd'] ['a', 'b', 'c', 'd'] ['  a b', 'c'] 0
# expect: ('key', '=', 'value=x') ('key=value', '=', 'x') ('nothing', '', '')
# expect: ('', '', 'nothing') hELLO wORLD True
# expect: True False True False False
# expect: test_file file.py abc
# expect: 'a       bc      d' 'a   b'
# expect: substring not found
# expect: The fill character must be exactly one character long
