n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("break at", n)
        break
else:
    print("no break")
for i in range(3):
    if i == 5:
        break
    continue
else:
    print("loop finished", i)
# expect: break at 4
# expect: loop finished 2
