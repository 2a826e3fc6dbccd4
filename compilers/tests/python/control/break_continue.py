for i in range(10):
    if i == 7:
        break
    if i % 2 == 0:
        continue
    print(i)
i = 0
while True:
    i += 1
    if i > 3:
        break
print("i =", i)
# expect: 1
# expect: 3
# expect: 5
# expect: i = 4
