for ch in "abc":
    print(ch, ord(ch))
print(chr(65) + chr(97), [c for c in "hey"], list("xyz"))
print("z" in "xyz", "w" not in "xyz", "yz" in "xyz")
# expect: a 97
# expect: b 98
# expect: c 99
# expect: Aa ['h', 'e', 'y'] ['x', 'y', 'z']
# expect: True True True
