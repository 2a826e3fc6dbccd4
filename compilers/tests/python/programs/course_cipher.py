"""Caesar and Vigenere ciphers, palindromes, anagrams, run-length encoding."""
import string


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, decrypt=False):
    shifts = [string.ascii_lowercase.index(k) for k in key.lower()]
    out = []
    i = 0
    for ch in text:
        if ch.isalpha():
            s = shifts[i % len(shifts)]
            out.append(caesar(ch, -s if decrypt else s))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def rle(s):
    if not s:
        return []
    runs = [[s[0], 1]]
    for ch in s[1:]:
        if ch == runs[-1][0]:
            runs[-1][1] += 1
        else:
            runs.append([ch, 1])
    return "".join(f"{n}{c}" if n > 1 else c for c, n in runs)


def unrle(code):
    out, num = "", ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num or "1")
            num = ""
    return out


msg = "Attack at dawn, 5 o'clock!"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3))
v = vigenere(msg, "Lemon")
print(v, "|", vigenere(v, "lemon", decrypt=True))
for s in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
for s in ["aaabccdddd", "abc", "zzzzzzzzzzzz"]:
    code = rle(s)
    print(s, code, unrle(code) == s)
print(string.digits, string.punctuation, len(string.ascii_letters), repr(string.whitespace))
words = ["listen", "silent", "enlist", "inlets", "google", "banana"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
counts = {c: msg.lower().count(c) for c in set(msg.lower()) if c in string.ascii_lowercase}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1])
print("wizard".translate(table))
# expect: Dwwdfn dw gdzq, 5 r'forfn! | Attack at dawn, 5 o'clock!
# expect: Lxfopv ef rnhr, 5 a'qyzgw! | Attack at dawn, 5 o'clock!
# expect: 'A man, a plan, a canal: Panama' True
# expect: 'hello' False
# expect: '' True
# expect: "No 'x' in Nixon" True
# expect: aaabccdddd 3ab2c4d True
# expect: abc abc True
# expect: zzzzzzzzzzzz 12z True
# expect: 0123456789 !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ 52 ' \t\n\r\x0b\x0c'
# expect: [['listen', 'silent', 'enlist', 'inlets']]
# expect: [('a', 4), ('c', 3), ('t', 3), ('k', 2)]
# expect: draziw
