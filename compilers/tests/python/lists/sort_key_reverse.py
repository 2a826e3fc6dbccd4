words = ["banana", "Fig", "apple", "cherry"]
print(sorted(words, key=len))
print(sorted(words, key=str.lower) if False else sorted(words, key=lambda w: w.lower()))
print(sorted(words, reverse=True))
nums = [5, -3, 2, -8]
nums.sort(key=abs, reverse=True)
print(nums)
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
# expect: ['Fig', 'apple', 'banana', 'cherry']
# expect: ['apple', 'banana', 'cherry', 'Fig']
# expect: ['cherry', 'banana', 'apple', 'Fig']
# expect: [-8, 5, -3, 2]
# expect: [(1, 'z'), (2, 'a'), (2, 'b')] [(2, 'a'), (2, 'b'), (1, 'z')]
