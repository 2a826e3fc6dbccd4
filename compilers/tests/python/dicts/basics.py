d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, "four" not in d)
print(d.get("four"), d.get("four", 0), d.get("one", 0))
for k in d:
    print(k, d[k])
print(list(d.keys()), list(d.values()), list(d.items()))
# expect: {'one': 1, 'two': 2, 'three': 3} 3 2 True True
# expect: None 0 1
# expect: one 1
# expect: two 2
# expect: three 3
# expect: ['one', 'two', 'three'] [1, 2, 3] [('one', 1), ('two', 2), ('three', 3)]
