# An uncaught NameError's last line suggests the nearest name, as CPython's does: here a local of the
# function, found before the nearer-looking global and built-in.
maximum = 0


def longest(words):
    best_word = ""
    for word in words:
        if len(word) > len(best_word):
            best_word = word
    return bestword


print(longest(["a", "abc"]))
# expect runtime error: trap 4
# expect stderr: NameError: name 'bestword' is not defined. Did you mean: 'best_word'?
