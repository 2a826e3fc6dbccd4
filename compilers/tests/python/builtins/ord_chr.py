print(ord("A"), ord("a"), ord("0"), chr(66), chr(122))
shifted = "".join(chr((ord(c) - ord("a") + 3) % 26 + ord("a")) for c in "xyzabc")
print(shifted)
# expect: 65 97 48 B z
# expect: abcdef
