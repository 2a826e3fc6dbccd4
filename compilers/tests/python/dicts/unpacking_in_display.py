# ** in dict displays: each mapping's items where it stands, a later key's value winning
defaults = {"colour": "red", "size": 3}
custom = {"size": 5, "shape": "round"}
merged = {**defaults, **custom}
print(merged)
print({"first": 0, **defaults, "colour": "blue"})
print({**{}, **custom,})
config = {"size": 1, **{k: v * 2 for k, v in custom.items() if k == "size"}}
print(config, len(config))
try:
    print({**defaults, **[("a", 1)]})
except TypeError as e:
    print("TypeError:", e)
try:
    print({**defaults, [1]: 2})
except TypeError as e:
    print("TypeError:", e)
# expect: {'colour': 'red', 'size': 5, 'shape': 'round'}
# expect: {'first': 0, 'colour': 'blue', 'size': 3}
# expect: {'size': 5, 'shape': 'round'}
# expect: {'size': 10} 1
# expect: TypeError: 'list' object is not a mapping
# expect: TypeError: unhashable type: 'list'
