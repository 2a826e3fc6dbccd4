count = 0
for v in [True, False, True, True]:
    count += v
print(count, sum([True, True, False]), True == 1, False == 0)
# expect: 3 2 True True
