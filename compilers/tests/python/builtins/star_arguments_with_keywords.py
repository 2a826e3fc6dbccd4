# print with '*' arguments and keywords: the call goes through the built-in as a value
print(*"abc", sep="-")
print(*[1, 2, 3], sep=", ", end=".\n")
parts = ["x", "y"]
print("start", *parts, "stop", sep="|")
print(*[], end="(nothing)\n")
print(*sorted([3, 1, 2]), sep="")
print(min(*[4, 2, 8], key=lambda v: -v), max(*["bb", "a", "ccc"], key=len))
print(sorted(*[[3, 1, 2]], reverse=True))
# expect: a-b-c
# expect: 1, 2, 3.
# expect: start|x|y|stop
# expect: (nothing)
# expect: 123
# expect: 8 ccc
# expect: [3, 2, 1]
