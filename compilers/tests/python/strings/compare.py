print("apple" < "banana", "apple" < "Apple", "abc" == "abc", "ab" < "abc", "b" > "abc")
words = ["pear", "Apple", "fig", "apple"]
print(sorted(words), max(words), min(words))
# expect: True False True True True
# expect: ['Apple', 'apple', 'fig', 'pear'] pear Apple
