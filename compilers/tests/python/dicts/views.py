d = {"b": 2, "a": 1}
print(d.keys(), d.values(), d.items())
print(len(d.keys()), "a" in d.keys(), 2 in d.values(), ("a", 1) in d.items())
print(sorted(d.keys()), list(d.items()), [k for k in d.keys()])
for key, value in sorted(d.items()):
    print(key, value)
ages = {"b": 2, "a": 1}
keys, values = ages.keys(), ages.values()
ages["c"] = 3
del ages["b"]
print(keys, values, len(keys), "c" in keys, 2 in values)  # views follow their dict
# expect: dict_keys(['b', 'a']) dict_values([2, 1]) dict_items([('b', 2), ('a', 1)])
# expect: 2 True True True
# expect: ['a', 'b'] [('b', 2), ('a', 1)] ['b', 'a']
# expect: a 1
# expect: b 2
# expect: dict_keys(['a', 'c']) dict_values([1, 3]) 2 True False
e = {"a": [1], "b": 2}
print(d.keys() == {"a", "b"}, {"b", "a"} == d.keys(), d.keys() != {"a"}, d.keys() == e.keys(), d.keys() == ["b", "a"])
print(d.items() == {("a", 1), ("b", 2)}, e.items() == {"b": 2, "a": [1]}.items(), d.values() == d.values())
print(d.keys() == frozenset("ab"), d.items() == d.keys(), {}.keys() == set(), {}.items() != set())
# expect: True True True True False
# expect: True True False
# expect: True False True False
