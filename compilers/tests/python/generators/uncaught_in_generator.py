def parse(words):
    for w in words:
        yield int(w)

total = 0
for n in parse(["1", "2", "three"]):
    total += n
    print("running total", total)
# expect: running total 1
# expect: running total 3
# expect runtime error: trap 4
# expect stderr: ValueError: invalid literal for int() with base 10: 'three'
