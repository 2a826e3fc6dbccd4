def shift(text, k):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
secret = shift("Hello, Ada Lovelace!", 3)
print(secret)
print(shift(secret, -3))
# expect: Khoor, Dgd Oryhodfh!
# expect: Hello, Ada Lovelace!
