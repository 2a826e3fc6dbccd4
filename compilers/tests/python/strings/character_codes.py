word = "Babbage"
codes = [ord(c) for c in word]
print(codes)
print("".join(chr(c + 1) for c in codes))
print(sorted(word), sorted(word, key=str.lower) if False else sorted(word, key=lambda c: c.lower()))
# expect: [66, 97, 98, 98, 97, 103, 101]
# expect: Cbccbhf
# expect: ['B', 'a', 'a', 'b', 'b', 'e', 'g'] ['a', 'a', 'B', 'b', 'b', 'e', 'g']
