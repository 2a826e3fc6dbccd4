# methods of the built-in types read from the type: str.lower as a key, str.strip mapped
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=str.lower))
print(list(map(str.strip, ["  a ", "b  ", " c"])))
print(list(map(str.upper, words)))
print(str.join("-", ["x", "y", "z"]), str.replace("aXbX", "X", "."))
split = str.split
print(split("one two  three"))
print(list(map(list.copy, [[1], [2, 3]])), dict.get({"k": 1}, "k"))
try:
    str.lower(5)
except TypeError as e:
    print(e)
try:
    str.upper()
except TypeError as e:
    print(e)
# expect: ['Apple', 'apple', 'banana', 'cherry']
# expect: ['a', 'b', 'c']
# expect: ['BANANA', 'APPLE', 'CHERRY', 'APPLE']
# expect: x-y-z a.b.
# expect: ['one', 'two', 'three']
# expect: [[1], [2, 3]] 1
# expect: descriptor 'lower' for 'str' objects doesn't apply to a 'int' object
# expect: unbound method str.upper() needs an argument
