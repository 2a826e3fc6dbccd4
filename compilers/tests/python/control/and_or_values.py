print(0 or "default", "x" or "y", 0 and 5, 3 and 5, None or 0 or [], [] or [1])
name = ""
print(name or "anonymous")
print(not [], not [1], 1 and 2 and 3, 1 or 2 or 3)
# expect: default x 0 5 [] [1]
# expect: anonymous
# expect: True False 3 1
