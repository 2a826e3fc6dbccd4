# stdin: 3
# stdin: 10
# stdin: 20
# stdin: 30
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print("sum:", total)
# expect: sum: 60
