# stdin: 4 8 15 16 23 42
nums = [int(x) for x in input().split()]
print(len(nums), sum(nums), max(nums))
# expect: 6 108 42
