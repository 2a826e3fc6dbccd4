def report(title, *items, sep=", ", end="."):
    return title + ": " + sep.join(items) + end
print(report("fruit", "apple", "fig"))
print(report("none"))
print(report("x", "a", "b", sep="/", end="!"))
# expect: fruit: apple, fig.
# expect: none: .
# expect: x: a/b!
