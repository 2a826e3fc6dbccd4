print(sorted([3, "a", 1]))
# expect runtime error: trap 4
# expect stderr: TypeError: '<' not supported between instances of 'str' and 'int'
