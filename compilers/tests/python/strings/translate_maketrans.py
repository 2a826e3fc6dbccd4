# str.maketrans (two strings, three, or a dict) and str.translate (a dict, or any object with __getitem__,
# whose LookupError keeps the character).
import sys

table = str.maketrans("aeiou", "AEIOU")
print(sorted(table.items()))
print("hello world".translate(table))
strip_punct = str.maketrans("", "", ",.!?;:")
text = "Hello, world! How are you? Fine; thanks."
print(text.translate(strip_punct).lower().split())
rot13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
secret = "Why did the chicken cross the road?".translate(rot13)
print(secret, "|", secret.translate(rot13))
print("abc".translate({97: "xyz", 98: None, 99: 100}))
print("tab\there".translate(str.maketrans({"\t": "    ", "e": "3"})))
print("abc".maketrans("ab", "ba"))


class Upper:
    def __getitem__(self, code):
        if code == ord("z"):
            raise KeyError(code)
        return chr(code).upper()


print("fizz buzz".translate(Upper()))
for args in [(1,), ("ab", "c"), ({"ab": 1},), ("a", 2)]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate({97: 3.5})
except TypeError as e:
    print(e)
# expect: [(97, 65), (101, 69), (105, 73), (111, 79), (117, 85)]
# expect: hEllO wOrld
# expect: ['hello', 'world', 'how', 'are', 'you', 'fine', 'thanks']
# expect: Jul qvq gur puvpxra pebff gur ebnq? | Why did the chicken cross the road?
# expect: xyzd
# expect: tab    h3r3
# expect: {97: 98, 98: 97}
# expect: FIzz BUzz
# expect: TypeError if you give only one argument to maketrans it must be a dict
# expect: ValueError the first two maketrans arguments must have equal length
# expect: ValueError string keys in translate table must be of length 1
# expect: TypeError maketrans() argument 2 must be str, not int
# expect: character mapping must return integer, None or str
