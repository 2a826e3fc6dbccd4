s = "  Hello, World  "
print(s.strip(), s.lstrip() + "|", "|" + s.rstrip())
t = s.strip()
print(t.upper(), t.lower(), t.replace("l", "L"), t.find("World"), t.find("xyz"))
print(t.startswith("Hell"), t.endswith("!"), t.count("l"), t.index("o"))
print("a,b,,c".split(","), " one  two three ".split(), "x".join(["1", "2", "3"]))
print("hello world".title(), "hello".capitalize(), "42".isdigit(), "abc".isalpha(), "4a".isdigit())
print("7".zfill(3), "-7".zfill(4), "ab".isupper(), "AB".isupper())
# expect: Hello, World Hello, World  | |  Hello, World
# expect: HELLO, WORLD hello, world HeLLo, WorLd 7 -1
# expect: True False 3 4
# expect: ['a', 'b', '', 'c'] ['one', 'two', 'three'] 1x2x3
# expect: Hello World Hello True True False
# expect: 007 -007 False True
