words = ["apple", "bob", "cat", "axe", "bee", "corn", "ant"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
for letter in sorted(groups):
    print(letter, groups[letter])
lengths = {w: len(w) for w in words if len(w) > 3}
print(lengths)
# expect: a ['apple', 'axe', 'ant']
# expect: b ['bob', 'bee']
# expect: c ['cat', 'corn']
# expect: {'apple': 5, 'corn': 4}
