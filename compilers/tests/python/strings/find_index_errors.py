s = "banana"
print(s.find("an"), s.find("x"), s.index("na"), s.count("a"), s.count("an"), s.count(""))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
# expect: 1 -1 2 3 2 7
# expect: ValueError: substring not found
