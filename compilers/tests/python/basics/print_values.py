print(1, "two", True, False, None)
print()
print("a", "b", sep="")
print("x", end="!\n")
print(1, 2, 3, sep=", ", end=".\n")
# expect: 1 two True False None
# expect:
# expect: ab
# expect: x!
# expect: 1, 2, 3.
